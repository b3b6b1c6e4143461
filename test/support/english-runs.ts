/**
 * Finds English sentences left in a text meant to be Korean: runs of `minWords` or more English
 * words in a row. Code does not count: spans in backticks are dropped first, and a token that
 * looks like an identifier (`AV_ERR_AUTH_FIALD`, `speechToText`, `auth.refresh`, `init(...)`,
 * anything with a digit) is not a word and ends a run. Punctuation around a word is ignored, so
 * "fails, then retries" is one run of three. Two or more spaces end a run too: they separate the
 * columns of a table (`explain --list`), not the words of a sentence.
 */
export function englishRuns(text: string, minWords = 3): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  const end = () => {
    if (run.length >= minWords) runs.push(run.join(' '));
    run = [];
  };
  for (const token of text.replace(/`[^`]*`/g, ' ').split(/( {2,})|\s/)) {
    if (token === undefined || token === '') continue;
    if (token.startsWith('  ')) {
      end();
      continue;
    }
    const word = token.replace(/^[("'“‘[]+|[)"'”’\].,:;!?]+$/g, '');
    if (isEnglishWord(word)) run.push(word);
    else end();
  }
  end();
  return runs;
}

function isEnglishWord(word: string): boolean {
  if (!/^[A-Za-z]+(?:['’-][A-Za-z]+)*$/.test(word)) return false; // Hangul, digits, _, ., ( ...
  return !/[a-z][A-Z]/.test(word); // camelCase is an identifier
}

/** Whether a text has Hangul in it. */
export const hasHangul = (text: string): boolean => /[가-힣]/.test(text);
