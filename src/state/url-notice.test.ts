import { urlNoticeText } from './url-notice';

describe('urlNoticeText', () => {
  it('names a few parameters', () => {
    expect(urlNoticeText(['utm_source', 'f.colour'], 0)).toBe(
      'The link held settings this app could not use, so they were left out: utm_source, f.colour.',
    );
  });

  it('counts many, naming the first five', () => {
    expect(urlNoticeText(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 30)).toBe(
      '37 unknown parameters ignored: a, b, c, d, e and 32 more.',
    );
    const text = urlNoticeText(
      Array.from({ length: 20 }, (_, i) => `p${i}`),
      19_980,
    );
    expect(text).toBe('20,000 unknown parameters ignored: p0, p1, p2, p3, p4 and 19,995 more.');
  });
});
