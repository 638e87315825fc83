// The XML edge of the MS Project import: bytes → text → the plain object the pure MSPDI reader takes.
// Only the five XML entities and character references are decoded; DOCTYPE entities are never expanded.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DomainError } from "../domain/errors";

/** Elements that repeat in MSPDI: always arrays, even when the file holds one. */
const ARRAY_PATHS = new Set([
  "Project.Tasks.Task",
  "Project.Tasks.Task.PredecessorLink",
  "Project.Calendars.Calendar",
  "Project.Calendars.Calendar.WeekDays.WeekDay",
  "Project.Calendars.Calendar.WeekDays.WeekDay.WorkingTimes.WorkingTime",
  "Project.Calendars.Calendar.Exceptions.Exception",
  "Project.Calendars.Calendar.Exceptions.Exception.WorkingTimes.WorkingTime",
  "Project.Calendars.Calendar.WorkWeeks.WorkWeek",
]);

const XML_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes in one pass, so "&amp;#65;" stays the text "&#65;". Invalid code points become U+FFFD. */
function decodeXmlText(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g, (_m, dec: string, hex: string, name: string) => {
    if (name) return XML_ENTITIES[name];
    const cp = dec ? Number(dec) : parseInt(hex, 16);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : "\uFFFD";
  });
}

const parser = new XMLParser({
  ignoreAttributes: true, // MSPDI keeps its data in elements; xmlns is all the attributes say
  removeNSPrefix: true,
  parseTagValue: false, // strings only: the reader parses numbers itself ("007" stays a WBS code)
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 40,
  processEntities: { enabled: true, maxEntityCount: 0 },
  entityDecoder: {
    setExternalEntities: () => {},
    addInputEntities: () => {}, // DOCTYPE entities: never expanded
    reset: () => {},
    setXmlVersion: () => {},
    decode: decodeXmlText,
  },
  isArray: (_name, jPath) => typeof jPath === "string" && ARRAY_PATHS.has(jPath),
});

/**
 * Text of an uploaded file: a UTF-8 / UTF-16 byte-order mark wins, then the XML declaration's encoding
 * (when the platform knows it), else UTF-8.
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = new Uint8Array(bytes.length - 2);
    for (let i = 2; i + 1 < bytes.length; i += 2) {
      swapped[i - 2] = bytes[i + 1];
      swapped[i - 1] = bytes[i];
    }
    return new TextDecoder("utf-16le").decode(swapped);
  }
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const declared = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(bytes);
    } catch {
      // An encoding the platform does not know: read it as UTF-8.
    }
  }
  return new TextDecoder("utf-8").decode(bytes);
}

/** Parses XML text into plain objects; throws DomainError "import.errors.notXml" when it is not well-formed XML. */
export function parseMspdiXml(xml: string): unknown {
  if (!xml.trimStart().startsWith("<") || XMLValidator.validate(xml) !== true) throw new DomainError("import.errors.notXml");
  try {
    return parser.parse(xml);
  } catch {
    // External entities, reserved names (__proto__) and the like.
    throw new DomainError("import.errors.notXml");
  }
}
