/**
 * cablekit: parse US diplomatic cable text into a typed `Cable`.
 * This barrel only re-exports; no logic lives here.
 */

export type {
  ArchiveMetadata,
  Cable,
  Classification,
  ClassificationLevel,
  CableSpans,
  ClassifiedBy,
  DateTimeGroup,
  Declassify,
  ExecutiveOrder,
  InputFormat,
  Originator,
  PageMarker,
  Paragraph,
  ParseOptions,
  Preamble,
  Recipient,
  Reference,
  ReferenceKind,
  Relay,
  RoutingHeader,
  SectionInfo,
  Span,
  UnparsedText,
} from './model/cable.js';
export type { Diagnostic, DiagnosticCode, Position, Severity } from './model/diagnostic.js';

export { parseCable, parseCables, parseCableWithMetadata, DEFAULT_MAX_INPUT_LENGTH } from './assemble.js';
export { CableParseError } from './diagnostics/diagnostic.js';
export { DIAGNOSTIC_CODES, type DiagnosticCodeInfo } from './diagnostics/codes.js';
export { parseRoutingHeader } from './header/routing-header.js';
export { parseDtg } from './header/dtg.js';
export { parsePreamble } from './preamble/preamble.js';
export { parsePageMarkers } from './body/page-markers.js';
export { parseParagraphs } from './body/paragraphs.js';
export { parseTags, tagKind } from './preamble/tags.js';
export { parseReferences } from './preamble/references.js';
export { parseClassifiedBy } from './preamble/classified-by.js';
export { parseExecutiveOrder } from './preamble/executive-order.js';
export { parseSubject } from './preamble/subject.js';
export { canonicalizeReferenceId, canonicalizeStation, STATION_ALIASES } from './preamble/reference-id.js';
export type { TagKind } from './preamble/tags.js';
export { detectFormat } from './text/detect-format.js';
export { lineColumn, type LineColumn } from './text/source-line.js';
export { readCablesCsv, type ReadCablesCsvOptions } from './read-cables-csv.js';
export { formatCable, formatBody, type FormatOptions } from './format/format-cable.js';
