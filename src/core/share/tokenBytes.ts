/*
 * The token's byte layout, shared by encodeAnswers and decodeAnswers: unsigned varints (7 bits a
 * byte, low first), texts as a length and UTF-16 code units (varints, so ASCII takes one byte each
 * and any string, lone surrogates included, comes back unchanged), and numbers as below.
 */

/** Appends values to a growing list of bytes. */
export interface ByteWriter {
  readonly bytes: number[];
  byte(value: number): void;
  uint(value: number): void;
  text(value: string): void;
  number(value: number): void;
  /** `count` flags, low bit first, in ⌈count / 8⌉ bytes. */
  bits(count: number, isSet: (index: number) => boolean): void;
}

/** Reads values back; past the end it returns zeros and `ok` turns false, so callers check once. */
export interface ByteReader {
  readonly ok: boolean;
  /** True when every byte has been read. */
  readonly isDone: boolean;
  byte(): number;
  uint(): number;
  text(): string;
  number(): number;
  /** `count` flags written by `bits`; `undefined` when a bit past `count` is set (a forged token). */
  bits(count: number): boolean[] | undefined;
}

// Integers up to 2^50 in magnitude travel as varints; others (fractions, -0, huge) as float64.
const INTEGER_LIMIT = 2 ** 50;

/** Starts an empty list of bytes to write to. */
export function createByteWriter(): ByteWriter {
  const bytes: number[] = [];
  const writer: ByteWriter = {
    bytes,
    byte: (value) => void bytes.push(value & 255),
    uint(value) {
      while (value >= 128) {
        bytes.push((value % 128) + 128);
        value = Math.floor(value / 128);
      }
      bytes.push(value);
    },
    text(value) {
      writer.uint(value.length);
      for (let index = 0; index < value.length; index += 1) writer.uint(value.charCodeAt(index));
    },
    // A header: 4n for an integer n ≥ 0, 4|n| − 2 for a negative one (even either way), 1 for a float64 after it.
    number(value) {
      if (Number.isInteger(value) && Math.abs(value) <= INTEGER_LIMIT && !Object.is(value, -0)) {
        writer.uint(value < 0 ? -value * 4 - 2 : value * 4);
        return;
      }
      writer.uint(1);
      const view = new DataView(new ArrayBuffer(8));
      view.setFloat64(0, value);
      for (let index = 0; index < 8; index += 1) bytes.push(view.getUint8(index));
    },
    bits(count, isSet) {
      for (let start = 0; start < count; start += 8) {
        let byte = 0;
        for (let bit = 0; bit < 8 && start + bit < count; bit += 1) if (isSet(start + bit)) byte |= 1 << bit;
        bytes.push(byte);
      }
    },
  };
  return writer;
}

/** Reads the values of `bytes` in order. */
export function createByteReader(bytes: Uint8Array): ByteReader {
  let position = 0;
  let ok = true;
  const fail = (): 0 => {
    ok = false;
    return 0;
  };
  const reader: ByteReader = {
    get ok() {
      return ok;
    },
    get isDone() {
      return position === bytes.length;
    },
    byte: () => (position < bytes.length ? (bytes[position++] as number) : fail()),
    uint() {
      let value = 0;
      let scale = 1;
      // At most 8 bytes (56 bits): enough for any safe integer, and a forged endless varint stops.
      for (let count = 0; count < 8; count += 1) {
        const byte = reader.byte();
        value += (byte & 127) * scale;
        if (byte < 128) return Number.isSafeInteger(value) ? value : fail();
        scale *= 128;
      }
      return fail();
    },
    text() {
      const length = reader.uint();
      // Each code unit takes at least a byte: a longer length is forged, and would loop for nothing.
      if (length > bytes.length - position) return (fail(), '');
      const units: number[] = [];
      for (let index = 0; index < length; index += 1) {
        const unit = reader.uint();
        units.push(unit <= 0xffff ? unit : fail());
      }
      return String.fromCharCode(...units);
    },
    number() {
      const header = reader.uint();
      if (header === 1) {
        if (bytes.length - position < 8) return fail();
        const value = new DataView(bytes.buffer, bytes.byteOffset + position, 8).getFloat64(0);
        position += 8;
        return value;
      }
      if (header % 2 === 1) return fail();
      const zigzag = header / 2;
      return zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
    },
    bits(count) {
      const flags: boolean[] = [];
      for (let start = 0; start < count; start += 8) {
        const byte = reader.byte();
        for (let bit = 0; bit < 8; bit += 1) {
          const isSet = (byte & (1 << bit)) !== 0;
          if (start + bit < count) flags.push(isSet);
          else if (isSet) return undefined;
        }
      }
      return flags;
    },
  };
  return reader;
}
