import { readFileSync } from "node:fs";
import ts from "typescript";

export const MAX_WIDTH = 120;

const literalKinds = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.JsxText,
]);

/** Lines longer than MAX_WIDTH even when the inside of their string literals is not counted. */
export function overlongLines(file: string): number[] {
  const text = readFileSync(file, "utf8");
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const insideLiteral = new Uint8Array(text.length);
  const visit = (node: ts.Node): void => {
    if (literalKinds.has(node.kind)) insideLiteral.fill(1, node.getStart(sourceFile), node.getEnd());
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  const offenders: number[] = [];
  let lineStart = 0;
  text.split("\n").forEach((line, index) => {
    if (line.length > MAX_WIDTH) {
      const literalChars = insideLiteral.subarray(lineStart, lineStart + line.length).reduce((n, b) => n + b, 0);
      if (line.length - literalChars > MAX_WIDTH) offenders.push(index + 1);
    }
    lineStart += line.length + 1;
  });
  return offenders;
}
