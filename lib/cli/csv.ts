/**
 * An RFC 4180 CSV reader: comma-separated fields, fields in double quotes may hold commas,
 * line breaks and doubled quotes (""), records end with CRLF or LF (a lone CR is accepted too).
 * A leading UTF-8 byte order mark is skipped. Pure: text in, records out.
 */

export interface CsvProblem {
  /** 1-based physical line the problem is on. */
  line: number;
  message: string;
}

export interface CsvRecord {
  fields: string[];
  /** 1-based physical line the record starts on. */
  line: number;
  /** Set when the record is malformed; its fields are then not to be trusted. */
  problem?: CsvProblem;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Splits CSV text into records. Blank lines are skipped. A malformed record is returned with
 * `problem` set, and reading goes on with the next record; an unterminated quote swallows the
 * rest of the text, so it is always the last record.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;

  while (i < n) {
    const recordLine = line;
    const fields: string[] = [];
    let problem: CsvProblem | undefined;

    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        const quoteLine = line;
        i++;
        value = '';
        let start = i;
        let closed = false;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            if (text.charCodeAt(i + 1) === QUOTE) {
              value += text.slice(start, i + 1);
              i += 2;
              start = i;
              continue;
            }
            value += text.slice(start, i);
            i++;
            closed = true;
            break;
          }
          if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
          i++;
        }
        if (!closed) {
          fields.push(value + text.slice(start, n));
          records.push({
            fields,
            line: recordLine,
            problem: {
              line: quoteLine,
              message: `unterminated quoted field: the quote opened in column ${fields.length} is never closed`,
            },
          });
          return records;
        }
        // After a closing quote only a comma or the end of the record may follow.
        const rest = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === COMMA || c === LF || c === CR) break;
          i++;
        }
        if (i > rest) {
          problem ??= {
            line,
            message:
              `unexpected text after the closing quote in column ${fields.length + 1} ` +
              '(inside a quoted field write a quote as "")',
          };
          value += text.slice(rest, i);
        }
      } else {
        const start = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === COMMA || c === LF || c === CR) break;
          i++;
        }
        value = text.slice(start, i);
      }
      fields.push(value);

      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === CR) {
        i += text.charCodeAt(i + 1) === LF ? 2 : 1;
        line++;
      } else if (c === LF) {
        i++;
        line++;
      }
      break;
    }

    const blank = fields.length === 1 && fields[0] === '';
    if (problem) records.push({ fields, line: recordLine, problem });
    else if (!blank) records.push({ fields, line: recordLine });
  }
  return records;
}
