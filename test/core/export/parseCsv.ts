/**
 * A strict RFC 4180 reader for the tests, written apart from the writer so the two cannot share a bug:
 * fields split at commas, records at CRLF; a quoted field may hold commas, CR, LF and doubled quotes.
 * Anything else (a quote inside an unquoted field, text after a closing quote, a lone CR or LF
 * outside quotes, an unclosed quote) throws.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  const fail = (why: string): never => {
    throw new Error(`CSV at ${index}: ${why}`);
  };
  const endField = () => {
    record.push(field);
    field = '';
    quoted = false;
  };
  while (index < text.length) {
    const char = text[index];
    if (char === '"') {
      if (field !== '' || quoted) fail('quote inside a field');
      quoted = true;
      index += 1;
      for (;;) {
        if (index >= text.length) fail('unclosed quote');
        if (text[index] === '"' && text[index + 1] === '"') {
          field += '"';
          index += 2;
        } else if (text[index] === '"') {
          index += 1;
          break;
        } else field += text[index++];
      }
      if (index < text.length && text[index] !== ',' && text[index] !== '\r') fail('text after a closing quote');
    } else if (char === ',') {
      endField();
      index += 1;
    } else if (char === '\r') {
      if (text[index + 1] !== '\n') fail('CR without LF');
      endField();
      records.push(record);
      record = [];
      index += 2;
    } else if (char === '\n') fail('LF without CR');
    else {
      field += char;
      index += 1;
    }
  }
  if (field !== '' || quoted || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}

/** The records of a CSV with a header row, as objects keyed by column name; every record must have every column. */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('CSV has no header');
  return rows.map((row, index) => {
    if (row.length !== header.length) throw new Error(`record ${index + 1} has ${row.length} fields, header has ${header.length}`);
    return Object.fromEntries(header.map((column, at) => [column, row[at]!]));
  });
}
