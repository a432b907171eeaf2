// Reading a meeting body's "Questions" section (or "Câu hỏi"): its list items are the questions
// a template made from this meeting keeps. Same reading as the core's template sections: a
// heading inside fenced code is text, indented lines continue the item above.
const HEADING = /^##[ \t]+(.+?)[ \t]*#*[ \t]*$/;
const LIST_ITEM = /^(?:[-*+]|\d+[.)])[ \t]+(.*)$/;
const CONTINUATION = /^[ \t]+\S/;
const QUESTIONS = new Set(['questions', 'câu hỏi']);

export function questionsOf(body: string): string[] {
  const questions: string[] = [];
  let inSection = false;
  let open = false;
  let fence: string | undefined;
  for (const line of body.replace(/\r\n/g, '\n').split('\n')) {
    const fenceMark = /^[ \t]*(```|~~~)/.exec(line)?.[1];
    if (fenceMark !== undefined) {
      if (fence === undefined) fence = fenceMark;
      else if (fence === fenceMark) fence = undefined;
    }
    const heading = fence === undefined ? HEADING.exec(line) : null;
    if (heading) {
      inSection = QUESTIONS.has((heading[1] ?? '').normalize('NFC').toLocaleLowerCase('vi'));
      open = false;
      continue;
    }
    if (!inSection) continue;
    const item = LIST_ITEM.exec(line);
    // A task ("- [ ] …") under Questions is a to-do, not a question.
    if (item && !/^\[[ xX]\]/.test(item[1] ?? '')) {
      questions.push((item[1] ?? '').trim());
      open = true;
    } else if (open && CONTINUATION.test(line)) {
      questions[questions.length - 1] = `${questions[questions.length - 1] ?? ''} ${line.trim()}`.trim();
    } else {
      open = false;
    }
  }
  return questions.filter((question) => question !== '');
}
