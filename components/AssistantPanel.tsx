/** The in-page assistant: lists what Amazon would block in the compose box. */
export function AssistantPanel() {
  return <div class="clearsend-panel" data-state="idle" />;
}
