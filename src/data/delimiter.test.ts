import { detectDelimiter, type CsvDelimiter } from './delimiter';

describe('detectDelimiter', () => {
  it.each<[string, string, CsvDelimiter]>([
    ['comma', 'id,title,outcome\n1,A,Death\n2,B,Harm\n', ','],
    ['semicolon', 'id;title;outcome\n1;A;Death\n2;B;Harm\n', ';'],
    ['semicolon with decimal commas', 'a;b\n1,5;2,5\n', ';'],
    ['semicolon with decimal commas in some rows', 'a;b;c\n1,5;2,5;3\n4;5;6\n7,25;8;9\n', ';'],
    ['tab', 'id\ttitle\toutcome\n1\tA, B\tDeath\n2\tC; D\tHarm\n', '\t'],
    ['tab with commas and semicolons in values', 'a\tb\nx, y, z\tp;q\n', '\t'],
    [
      'comma with quoted semicolons',
      'title,themes\nA,"Neglect; Housing"\nB,"Mental health; Drugs; Alcohol"\n',
      ',',
    ],
    [
      'comma with quoted commas and line breaks',
      'a,b\n"x, y","line 1\nline 2, still b"\n"p","q"\n',
      ',',
    ],
    ['semicolon with quoted semicolons', 'a;b\n"x;y";z\n"p";"q;r;s"\n', ';'],
    ['doubled quotes inside a quoted field', 'a,b\n"He said ""no; never""",2\n', ','],
    ['CRLF line endings', 'a;b\r\n1;2\r\n3;4\r\n', ';'],
    ['blank lines do not count', 'a;b\n\n\n1;2\n   \n3;4\n', ';'],
    ['single column falls back to comma', 'title\nA\nB\n', ','],
    ['empty text falls back to comma', '', ','],
    ['a tie goes to the comma', 'a,b;c\n1,2;3\n', ','],
    ['header only', 'id;title;outcome', ';'],
    ['a few ragged rows do not outvote the rest', 'a;b;c\n1;2;3\n4;5\n6;7;8\n9;10;11\n', ';'],
  ])('%s', (_name, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('looks only at the first 20 records', () => {
    const semicolonRows = Array.from({ length: 25 }, (_, i) => `${i};x`).join('\n');
    const commaRows = Array.from({ length: 100 }, (_, i) => `${i},x,y`).join('\n');
    expect(detectDelimiter(`a;b\n${semicolonRows}\n${commaRows}`)).toBe(';');
  });
});

describe('detectDelimiter, quotes and blanks as a parser reads them', () => {
  it.each<[string, string, CsvDelimiter]>([
    ['a quote inside a field is a character, not a quoted field', 'a;b\nx "y;z;w\n1;2\n', ';'],
    ['an unterminated quoted field runs to the end', 'a;b\n1;"2,3,4\n5,6,7\n', ';'],
    ['a record of spaces only is blank', 'a;b\n   \n1;2\n', ';'],
    ['spaces before a delimiter make no blank record', 'a;b\n  ;\n1;2\n', ';'],
    ['a quote after spaces does not open a quoted field', 'a,b\n  "x,y\n1,2\n', ','],
    ['a doubled quote inside a quoted field hides the next delimiter', 'a;b\n"x"";y";z\n', ';'],
    ['CR alone ends a record', 'a\tb\r1\t2\r3\t4\r', '\t'],
  ])('%s', (_name, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('reads kilobyte-long quoted fields as one field each', () => {
    const paragraph = `"${'A sentence, with a comma; and a semicolon. '.repeat(40)}"`;
    const rows = Array.from({ length: 30 }, (_, i) => `${i};${paragraph};x`).join('\n');
    expect(detectDelimiter(`id;summary;code\n${rows}`)).toBe(';');
  });
});
