/**
 * Remembers a function's answer for each distinct text it is given. Case files repeat the same
 * few values thousands of times (ages, dates, ticks), so each is parsed once per load rather than
 * once per row. At most `limit` answers are kept, so a column of unique values cannot grow it
 * without bound; past the limit new values are computed each time.
 */
export function memoise<T>(compute: (value: string) => T, limit = 10_000): (value: string) => T {
  const answers = new Map<string, T>();
  return (value) => {
    const known = answers.get(value);
    if (known !== undefined || answers.has(value)) return known as T;
    const answer = compute(value);
    if (answers.size < limit) answers.set(value, answer);
    return answer;
  };
}
