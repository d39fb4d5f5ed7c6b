/** Custom templates in and out of the extension: the checks they must pass, the file, the sanitizing. */
export * from './check';
export * from './format';
export { sanitizePlainText } from './sanitize';
