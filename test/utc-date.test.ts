// utcDateTime: a bounce's date as spreadsheets read one, in UTC, for the CSV; isoDateTime: the same date
// read the same way, as ISO 8601 at its own offset, for the JSON's dateIso.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoDateTime, utcDateTime } from '../src/report/utc-date.js';

test('a date as mail writes it, at any offset, becomes the same instant in UTC', () => {
  assert.equal(utcDateTime('Mon, 1 Jan 2024 10:00:00 +0000'), '2024-01-01 10:00:00');
  assert.equal(utcDateTime('Wed, 3 Dec 2025 21:30:15 -0300'), '2025-12-04 00:30:15');
  assert.equal(utcDateTime('Thu, 29 Feb 2024 08:05:09 +0900 (JST)'), '2024-02-28 23:05:09');
  assert.equal(utcDateTime('1 Jan 2024 00:10 +0530'), '2023-12-31 18:40:00', 'no weekday, no seconds');
  assert.equal(utcDateTime('Fri, 5 Jul 24 12:00:00 GMT'), '2024-07-05 12:00:00', 'a two-digit year');
  assert.equal(utcDateTime('Fri, 5 Jul 2024 12:00:00 EDT'), '2024-07-05 16:00:00', 'a US zone name of RFC 5322');
});

test('ISO 8601 dates with an offset, as logs and sending services write them', () => {
  assert.equal(utcDateTime('2024-03-10T14:22:01.123456+00:00'), '2024-03-10 14:22:01');
  assert.equal(utcDateTime('2024-03-10T14:22:01Z'), '2024-03-10 14:22:01');
  assert.equal(utcDateTime('2024-03-10 23:22:01-03:00'), '2024-03-11 02:22:01');
});

test('no instant, no cell: a date without an offset, an unknown zone, a day the month lacks, or no date', () => {
  assert.equal(utcDateTime('Mon, 1 Jan 2024 10:00:00'), '', 'the writer\'s clock is unknown');
  assert.equal(utcDateTime('Mon, 1 Jan 2024 10:00:00 XYZ'), '');
  assert.equal(utcDateTime('2024-03-10T14:22:01'), '');
  assert.equal(utcDateTime('Sat, 31 Feb 2024 10:00:00 +0000'), '');
  assert.equal(utcDateTime('2024-13-01T00:00:00Z'), '');
  assert.equal(utcDateTime(''), '');
  assert.equal(utcDateTime('yesterday'), '');
  assert.equal(utcDateTime(' '.repeat(200_000) + '1 Jan 2024 10:00:00 +0000'), '', 'a hostile run of spaces is cut, not read');
});

test('ISO 8601 at the offset the date is written with: Z at UTC, none when it names no zone, null when it cannot be read', () => {
  assert.equal(isoDateTime('Mon, 30 Nov 2026 10:00:00 -0300'), '2026-11-30T10:00:00-03:00');
  assert.equal(isoDateTime('Thu, 29 Feb 2024 08:05:09 +0900 (JST)'), '2024-02-29T08:05:09+09:00', 'the offset as written, not UTC');
  assert.equal(isoDateTime('1 Jan 2024 00:10 +0530'), '2024-01-01T00:10:00+05:30', 'no weekday, no seconds');
  assert.equal(isoDateTime('Mon, 3 Nov 2025 13:00:00 +0000'), '2025-11-03T13:00:00Z');
  assert.equal(isoDateTime('Fri, 5 Jul 24 12:00:00 GMT'), '2024-07-05T12:00:00Z', 'a two-digit year, a zone name');
  assert.equal(isoDateTime('Fri, 5 Jul 2024 12:00:00 EDT'), '2024-07-05T12:00:00-04:00');
  assert.equal(isoDateTime('Mon, 30 Nov 2026 10:00:00'), '2026-11-30T10:00:00', 'a log\'s local time: no zone guessed');
  assert.equal(isoDateTime('Mon, 30 Nov 2026 10:00:00 XYZ'), '2026-11-30T10:00:00', 'a zone we cannot place is no offset');
  assert.equal(isoDateTime('2016-10-21T00:06:40.502Z'), '2016-10-21T00:06:40.502Z', 'ISO stays as written, with its fraction');
  assert.equal(isoDateTime('2024-03-10 23:22:01,5-0300'), '2024-03-10T23:22:01.5-03:00');
  assert.equal(isoDateTime('2025-11-03 10:00'), '2025-11-03T10:00:00');
  assert.equal(isoDateTime('Sat, 31 Dec 2016 23:59:60 +0000'), '2016-12-31T23:59:59Z', 'a leap second as Date reads it');
  for (const none of [null, '', 'yesterday', 'Sat, 31 Feb 2024 10:00:00 +0000', '2024-13-01T00:00:00Z', 'Mon, 1 Jan 2024 10:00:00 +2500']) {
    assert.equal(isoDateTime(none), null, String(none));
  }
  // what JavaScript reads of it is the instant the CSV's UTC column gives
  const d = 'Wed, 3 Dec 2025 21:30:15 -0300';
  assert.equal(new Date(isoDateTime(d)!).toISOString().slice(0, 19).replace('T', ' '), utcDateTime(d));
});
