import { describe, expect, test } from 'vitest';
import { bareName, fullNames, hasWord, resolveMention, wordPositions } from '../../src/core/speaker-names';
import { getLexicon } from '../../src/core/speaker-lexicon';

describe('speaker names', () => {
  test('titles are stripped from names', () => {
    expect(bareName('Menteri Luar Negeri RI Retno Marsudi')).toBe('Retno Marsudi');
    expect(bareName('President Joe Biden')).toBe('Joe Biden');
    // A middle initial belongs to the name.
    expect(bareName('Director James A. Baker')).toBe('James A. Baker');
    // "resident", "counsel", "supporter": roles before a name.
    expect(bareName('Concord resident Whit Symms')).toBe('Whit Symms');
  });

  test('a word stands in the text only as a whole word, not inside another', () => {
    const text = 'Bambang-nya di perekonomian; ekonomi, and the other ekonomi.';
    expect(wordPositions(text, 'ekonomi')).toEqual([text.indexOf('ekonomi,'), text.lastIndexOf('ekonomi')]);
    expect(hasWord(text, 'the')).toBe(true);
    // Inside "other", "perekonomian" and "Bambang": no whole word.
    expect(hasWord('the other perekonomian Bambang', 'her')).toBe(false);
    expect(hasWord('the other perekonomian Bambang', 'ekonomi')).toBe(false);
    expect(hasWord('the other perekonomian Bambang', 'Bambang')).toBe(true);
    expect(hasWord(text, 'Bambang')).toBe(true);
  });

  test('a run that names a person is read the same wherever it stands again', () => {
    const text = 'Kepala Dinas Pendidikan Budi Santoso datang. Kata Budi, sekolah buka. Kepala Dinas Pendidikan Budi Santoso pulang.';
    const names = fullNames(text, getLexicon('id'));
    expect(names.map((n) => n.name)).toEqual(['Budi Santoso', 'Budi Santoso']);
    expect(names.map((n) => text.slice(n.index, n.index + n.name.length))).toEqual(['Budi Santoso', 'Budi Santoso']);
  });

  test('full names are the people the article names, with where and whether after a role', () => {
    const text = 'Menteri Keuangan Sri Mulyani Indrawati bertemu Joko Widodo di Istana Bogor.';
    const names = fullNames(text, getLexicon('id'));
    expect(names.map((n) => [n.name, n.titled])).toEqual([['Sri Mulyani Indrawati', true], ['Joko Widodo', false]]);
    expect(text.slice(names[0].index, names[0].index + names[0].name.length)).toBe('Sri Mulyani Indrawati');
  });

  test('a surname, a short name or a role resolves to the full name given earlier', () => {
    const lx = getLexicon('id');
    const text = 'Menteri Luar Negeri RI Retno Marsudi tiba. Kata Retno, kata Sri Mulyani, kata Menlu RI. Menteri Keuangan Sri Mulyani Indrawati hadir.';
    const names = fullNames(text, lx);
    const at = text.length;
    expect(resolveMention('Retno', at, text, names, lx)).toBe('Retno Marsudi');
    expect(resolveMention('Menlu RI', at, text, names, lx)).toBe('Retno Marsudi');
    expect(resolveMention('Sri Mulyani', at, text, names, lx)).toBe('Sri Mulyani Indrawati');
    // Only names given before the mention count.
    expect(resolveMention('Sri Mulyani', text.indexOf('Menteri Keuangan'), text, names, lx)).toBe('Sri Mulyani');
  });

  test('after an honorific, a title word is a surname ("Mr. King" → Charlie King, not the king of anything)', () => {
    const lx = getLexicon('en');
    const text = '"They will vote," said Charlie King, a strategist. Mr. Obama spoke in "Barack Obama Election Day" events. Mr. King added more.';
    const names = fullNames(text, lx);
    expect(resolveMention('Mr. King', text.indexOf('Mr. King'), text, names, lx)).toBe('Charlie King');
  });

  test('a word the article writes in lower case is no part of a name before a known first name ("the Real Donald Trump")', () => {
    const text = 'He published "The Inside Story of the Real Donald Trump." The real story was simpler, Donald Trump said.';
    expect(fullNames(text, getLexicon('en')).map((n) => n.name).filter((n) => n.endsWith('Trump'))).toEqual(['Donald Trump', 'Donald Trump']);
  });

  test.each<[string, string, string[]]>([
    ['a name stops at a line break, starts after a hyphened adjective, and an office of affairs is no one',
      'It is time for plan B.\n\nTess Hughes met. Korean-born Monte Haines spoke, and a Los Angeles-area Tess Volunteer too. '
        + 'Ban Ki-moon came. She may lead the Office of Immigrant Affairs Clinton set up.',
      ['Tess Hughes', 'Monte Haines', 'Tess Volunteer', 'Ban Ki-moon']],
    ['a line in capitals is no name, though a capitalised word ends it',
      'HOW MUCH TAX MONEY WOULD COME OUT OF YOUR POWERBALL WIN Because we all bought one. Chris Jones wrote it.', ['Chris Jones']],
    ['a name the article writes after "near" or "until" is a place or an event ("Sandy Hook"), not a person',
      'Chris Murphy showed up near Sandy Hook Elementary. He did not work on guns until Sandy Hook. In that sense, Sandy Hook changed him.', ['Chris Murphy']],
    ['a verb or a conjunction is in no name ("Why Mr. Sanders Is Not", "But FEC Records"); "George Will" is a name',
      'Why Mr. Sanders Is Not the Answer. But FEC Records show more. George Will wrote it.', ['George Will']],
    ['a first name the article also writes alone stays before a middle initial ("Loretta E. Lynch", not "E. Lynch")',
      'Attorney General Loretta E. Lynch spoke. Loretta grew up in Greensboro.', ['Loretta E. Lynch']],
  ])('%s', (_rule, text, expected) => {
    expect(fullNames(text, getLexicon('en')).map((n) => n.name)).toEqual(expected);
  });
});
