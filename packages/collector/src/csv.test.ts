import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCell, csvRow } from './admin/csv.js';

test('csvCell: table', () => {
  const cases: [string, Parameters<typeof csvCell>[0], string][] = [
    ['plain text', 'great', 'great'],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['a number', 9, '9'],
    ['a negative number stays a number', -3, '-3'],
    ['a comma is quoted', 'a,b', '"a,b"'],
    ['quotes are doubled', 'say "hi"', '"say ""hi"""'],
    ['a newline is quoted', 'line1\nline2', '"line1\nline2"'],
    ['a CRLF is quoted', 'a\r\nb', '"a\r\nb"'],
    ['= starts a formula', '=1+1', "'=1+1"],
    ['+ starts a formula', '+1', "'+1"],
    ['- starts a formula', '-1', "'-1"],
    ['@ starts a formula', '@SUM(A1)', "'@SUM(A1)"],
    ['a tab starts a formula', '\t=1', "'\t=1"],
    ['neutralised and quoted', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a formula character later is fine', 'a=b', 'a=b'],
    ['empty string', '', ''],
  ];
  for (const [name, input, expected] of cases) assert.equal(csvCell(input), expected, name);
});

test('csvRow joins cells with commas and ends with CRLF', () => {
  assert.equal(csvRow(['a', null, 3, '=x']), "a,,3,'=x\r\n");
});
