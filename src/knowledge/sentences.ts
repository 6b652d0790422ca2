/** The sentences of a text, by the ICU rules for Korean (`Intl.Segmenter`), as written. */

const segmenter = new Intl.Segmenter('ko', { granularity: 'sentence' });

/** A quotation closed by its own full stop (`…시장이다."`) goes on with its verb (`라고 말했다.`). */
const CLOSING_QUOTE = /["”'’」』]$/;
const STARTS_HANGUL = /^[가-힣]/;

/** `Intl.Segmenter`'s sentences, trimmed; a quotation is kept with the words that report it. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const sentence = segment.trim();
    if (!sentence) continue;
    const previous = sentences.at(-1);
    if (previous !== undefined && CLOSING_QUOTE.test(previous) && STARTS_HANGUL.test(sentence))
      sentences[sentences.length - 1] = `${previous} ${sentence}`;
    else sentences.push(sentence);
  }
  return sentences;
}
