import type { SourcePos } from "../diagnostic.js";

/** A position with the 0-based character offset, so ranges can slice the source. */
export interface Pos extends SourcePos {
  offset: number;
}

export type TokenType =
  | "ident"
  | "number"
  | "newline"
  | "eof"
  | "invalid"
  // punctuation and operators
  | "{" | "}" | "[" | "]" | "(" | ")" | "," | "." | "..." | "=" | ":" | "?" | "=>"
  | "==" | "!=" | "<" | ">" | "<=" | ">=" | "+" | "-" | "*" | "/" | "%" | "&&" | "||" | "!"
  // templates
  | "oquote" // "
  | "cquote" // closing "
  | "oheredoc" // <<EOT or <<-EOT plus its newline
  | "cheredoc" // the closing marker line
  | "literal" // template text, escapes already decoded
  | "interp" // ${ or ${~
  | "control" // %{ or %{~
  | "seqend"; // } or ~} closing an interp or control

export interface Token {
  type: TokenType;
  /** Source text of the token. */
  text: string;
  start: Pos;
  end: Pos;
  /** literal: decoded text. oheredoc: the marker. */
  value?: string;
  /** interp/control: opened with `~`; seqend: closed with `~`; oheredoc: `<<-`. */
  flag?: boolean;
}
