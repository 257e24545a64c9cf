/** A small well-formedness check for the feeds: balanced tags, only the five named entities, no raw '<' or '&'. */
export function assertWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (const m of body.matchAll(tag)) {
    checkText(body.slice(last, m.index));
    last = m.index! + m[0].length;
    if (m[1]) {
      const open = stack.pop();
      if (open !== m[2]) throw new Error(`</${m[2]}> closes <${open}>`);
    } else if (!m[4]) stack.push(m[2]!);
  }
  checkText(body.slice(last));
  if (stack.length) throw new Error(`unclosed: ${stack.join(", ")}`);
}

function checkText(text: string): void {
  if (text.includes("<")) throw new Error(`raw '<' in text: ${text.slice(0, 60)}`);
  for (const m of text.matchAll(/&([^;\s]*);?/g)) {
    if (!/^(amp|lt|gt|quot|apos)$/.test(m[1]!) || !m[0].endsWith(";")) throw new Error(`bad entity ${m[0]}`);
  }
}
