import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../src/core/quotes';

const speakers = (text: string) => findQuotes(text).map((q) => [q.text, q.speaker]);

/** The speakers findQuotes gives an English text, quote by quote. */
const englishSpeakers = (text: string) => findQuotes(text, 'en').map((q) => q.speaker);

/** Rules as rows: the rule, an English article that needs it, and the speakers it must give, quote by quote. */
const englishSpeakerCases = (rows: [string, string, (string | null)[]][]) =>
  test.each(rows)('%s', (_rule, text, expected) => {
    expect(englishSpeakers(text)).toEqual(expected);
  });

describe('quote spans', () => {
  test('pairs curly, straight, guillemet and corner marks', () => {
    for (const [open, close] of [['“', '”'], ['"', '"'], ['«', '»'], ['„', '“'], ['「', '」'], ['”', '”']]) {
      const text = `Ana Lopez spoke. ${open}We will open the new bridge in May,${close} said Ana Lopez.`;
      expect(findQuotes(text).map((q) => q.text), open).toEqual([`${open}We will open the new bridge in May,${close}`]);
    }
  });

  test('apostrophes and scare quotes are not quotes', () => {
    expect(findQuotes("Don't say the 'em word. It was a \"big deal\" for Jum'at prayers.")).toEqual([]);
  });

  test('a quote interrupted by its attribution is one quote', () => {
    const q = findQuotes('Jane Roe arrived. "I am not sure," Roe said, "that this is going to work out at all."');
    expect(q).toHaveLength(1);
    expect(q[0].text).toBe('"I am not sure," Roe said, "that this is going to work out at all."');
    expect(q[0].speaker).toBe('Jane Roe');
  });

  test('an attribution clause between two quotes of one paragraph joins them; a new sentence between does not', () => {
    const q = findQuotes('“We are not done with this fight yet,” Senate leader Harry Reid told reporters in Washington on Tuesday. “Bernie is a good man, and everything will work out.”');
    expect(q).toHaveLength(1);
    expect(q[0].speaker).toBe('Harry Reid');
    expect(q[0].parts).toEqual(['“We are not done with this fight yet,”', '“Bernie is a good man, and everything will work out.”']);
    const apart = findQuotes('“We are not done with this fight yet,” Harry Reid said. The senator left early. “Bernie is a good man, and everything will work out.”');
    expect(apart).toHaveLength(2);
  });

  test('titles of works are not quotes: after a title word, or in title case', () => {
    expect(findQuotes('Dia berbicara dalam webinar bertajuk ”Pemulihan ekonomi dan peluang usaha kecil di daerah” pada Senin.')).toEqual([]);
    expect(findQuotes('The group released a memo titled "The facts on where the race stands today" on Monday.')).toEqual([]);
    expect(findQuotes('She spoke at the forum “Digital Lending untuk Membantu UMKM dalam Pemulihan Ekonomi Nasional” yesterday.')).toEqual([]);
    // A search term ("kata kunci", "keyword") or a hashtag is no statement.
    expect(findQuotes('Pencarian dengan kata kunci ”KTP elektronik data kependudukan” memberi 604 hasil.', 'id')).toEqual([]);
    expect(findQuotes('Searches for the keyword "how to move to Canada" spiked on election night.', 'en')).toEqual([]);
    expect(findQuotes('Ibarat peribahasa ”Sekali mendayung, dua tiga pulau terlampaui”, bersepeda itu sehat.', 'id')).toEqual([]);
    // A statement keeps its place even when it names a title inside.
    expect(findQuotes('“We will publish the report before the end of the month,” said Ana Lopez.')).toHaveLength(1);
  });

  test('a closing mark whose opening mark went missing opens nothing', () => {
    const q = findQuotes('Warga diminta tetap di rumah selama seminggu ke depan, ”ujar Najwa. Informasi tersebar di grup percakapan warga dan ”Kami akan tetap berjaga sampai pagi,” kata Budi Santoso.');
    expect(q.map((x) => x.text)).toEqual(['”Kami akan tetap berjaga sampai pagi,”']);
    expect(q[0].speaker).toBe('Budi Santoso');
  });

  test('a quote inside a quote typed with the same marks ends at the outer closing mark; a lone inner mark does not run on', () => {
    const nested = findQuotes('“As a young woman I would rather live in what he calls “hell” than live in a world where he is president.” ― Ana Lopez', 'en');
    expect(nested.map((q) => q.text)).toEqual(['“As a young woman I would rather live in what he calls “hell” than live in a world where he is president.”']);
    // The second opening mark stands where the first quote's closing mark went missing: the quote ends at the next
    // closing mark, as before.
    const missing = findQuotes('“We will open the new bridge in May, said Ana Lopez. “It will carry the trams and the buses,” she added. The council agreed.', 'en');
    expect(missing.map((q) => q.text)).toEqual(['“We will open the new bridge in May, said Ana Lopez. “It will carry the trams and the buses,”']);
  });

  test('a quote over several paragraphs, the mark repeated on each', () => {
    const text = 'Mayor Ann Berg said:\n“The first part of what I want to say is this.\n“And the second part of it comes here,” she added.';
    const q = findQuotes(text);
    expect(q).toHaveLength(1);
    expect(q[0].text.endsWith('comes here,”')).toBe(true);
  });
});

describe('speakers', () => {
  test('a quote without a cue belongs to the person its sentence is about, not to the previous speaker', () => {
    const text = 'Hillary Clinton spoke in Ohio. “We will not build walls between neighbours,” said Mark Kelly. Clinton slammed the proposal as “reprehensible, prejudiced and divisive.”';
    expect(speakers(text).map((q) => q[1])).toEqual(['Mark Kelly', 'Hillary Clinton']);
  });

  test('a capitalised first word of the sentence is not a person: "Earlier, …", "That …"', () => {
    const text = '“We will not build walls between neighbours,” said Mark Kelly. Earlier in the day he pledged to “rebuild every bridge the storm took from us.”';
    expect(speakers(text).map((q) => q[1])).toEqual(['Mark Kelly', 'Mark Kelly']);
  });

  test('one language\'s word lists do not judge another\'s text: Indonesian "tim" (team) does not strip "Tim" from Tim Kaine', () => {
    const en = 'Senator Tim Kaine spoke first. “We owe the voters a real plan for the bridge and the harbour,” said Tim Kaine.';
    expect(findQuotes(en, 'en').map((q) => q.speaker)).toEqual(['Tim Kaine']);
  });

  test('a dotted abbreviation is one word of a name: "former U.N. Ambassador John Bolton"', () => {
    expect(speakers('“We will not accept this deal under any circumstances,” said former U.N. Ambassador John Bolton.').map((q) => q[1])).toEqual(['John Bolton']);
  });

  test('"And he added" is the previous speaker, not a person named And; "kata Hari" is Hari', () => {
    const en = 'Ted Cruz spoke in Iowa. Cruz says that “when you live by the pen, you die by the pen.” And he added that his own pen “has got an eraser for every order.”';
    expect(findQuotes(en, 'en').map((q) => q.speaker)).toEqual(['Ted Cruz', 'Ted Cruz']);
    const id = 'Kepala Pusat Penerangan Hukum Kejaksaan Agung Hari Setiyono hadir. “Pemeriksaan akan dilanjutkan pekan depan,” kata Hari.';
    expect(findQuotes(id, 'id').map((q) => q.speaker)).toEqual(['Hari']);
  });

  test('"he said" after a sentence that a person opens is that person, not the previous speaker', () => {
    const text = '“The wall will be built,” said Felipe Calderon. Donald Trump also took several swipes at Jeb Bush on Saturday. “He is a low-energy candidate and the voters know it,” he said.';
    expect(speakers(text).map((q) => q[1])).toEqual(['Felipe Calderon', 'Donald Trump']);
  });

  test('"the Ohio governor said" describes someone already named; "the White House said" names a speaker', () => {
    expect(findQuotes('John Kasich spoke in Ohio. "We will win this state and then we will win the next one," the Ohio governor said.', 'en')[0].speaker).toBe('John Kasich');
    expect(findQuotes('Ben Carson spoke. "They attack me because I am rising in every poll," the Republican presidential candidate told CBS.', 'en')[0].speaker).toBe('Ben Carson');
    expect(findQuotes('Donald Trump spoke. "We will see what happens with the wall and the plan," the White House said.', 'en')[0].speaker).toBe('White House');
  });

  test('a sentence ending in "!—" ends there: the colon-led quote belongs to the next sentence\'s subject', () => {
    const t = 'Ted Cruz was there. The moderators gave in to snark, and Lordy, how tempting that can be!— Cruz called them on it:\n\n“The questions asked in this debate illustrate why people do not trust the media.”';
    expect(findQuotes(t, 'en')[0].speaker).toBe('Ted Cruz');
  });

  test('more verbs of saying: "Cruz quipped"', () => {
    const text = 'Ted Cruz spoke last. “If you ask one more mean question, I may have to leave the stage,” Cruz quipped.';
    expect(speakers(text).map((q) => q[1])).toEqual(['Ted Cruz']);
  });

  test('a sentence connective or a role before the name is not part of it', () => {
    expect(speakers('Begitupun Arni Setiyani mengatakan, ”Belanja sayur secara daring itu sangat membantu kami.”')[0][1]).toBe('Arni Setiyani');
    expect(speakers('”Sejak Maret saya selalu belajar dari rumah bersama adik,” kata Orangtua Intan Permata.')[0][1]).toBe('Intan Permata');
  });

  test('English cues before and after the quote', () => {
    expect(speakers('"The economy is growing fast this year," said Maria Chen.')).toEqual([['"The economy is growing fast this year,"', 'Maria Chen']]);
    expect(speakers('Tom Ruiz told reporters: "Nobody asked us about this at all."')[0][1]).toBe('Tom Ruiz');
    expect(speakers('"This is a very bad idea for us," according to Paul Kim.')[0][1]).toBe('Paul Kim');
  });

  test('a pronoun and a surname resolve to the full name', () => {
    const text = 'Senator Laura Smith spoke on Monday.\n"We need the money for schools now," she said.\n"It cannot wait another year," Smith added.';
    expect(findQuotes(text).map((q) => q.speaker)).toEqual(['Laura Smith', 'Laura Smith']);
  });

  test('Indonesian cues, -nya forms and roles', () => {
    const text = 'Menteri Kesehatan Budi Gunadi Sadikin meninjau rumah sakit.\n"Kami akan menambah tempat tidur di semua rumah sakit," ujar Menkes.\n"Stok obat juga aman sampai akhir tahun," katanya.\nKetua DPR Puan Maharani menanggapi. "Kami mendukung langkah pemerintah itu sepenuhnya," kata Puan.';
    expect(findQuotes(text).map((q) => q.speaker)).toEqual(['Budi Gunadi Sadikin', 'Budi Gunadi Sadikin', 'Puan Maharani']);
  });
});

test('a quote continued after a short attribution is one quote', () => {
  const q = findQuotes('Charles Barkley spoke on TV. “CNN has done an awful job this election,” Barkley said. “They have followed ratings all year long.”');
  expect(q).toHaveLength(1);
  expect(q[0].speaker).toBe('Charles Barkley');
  expect(q[0].parts).toEqual(['“CNN has done an awful job this election,”', '“They have followed ratings all year long.”']);
});

test('a continued quote\'s attribution may hold abbreviations ("Rep.", "G.K.", "(D-N.C.)", "MoveOn.org") and its first part a closing single quote', () => {
  const text = 'The caucus met on Friday. “This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus. “We will keep fighting for our members.”\n“People go by and I just say, ‘Thank you for voting,’” Bennett explained. “Some say they will never vote for him.”\n“I like Paul, but these are horrible times,” Trump told the Post. “We need very strong leadership.”\n“It is going to happen now,” said Ben Wikler of MoveOn.org. “At a whole new level, across the country.”';
  const q = findQuotes(text, 'en');
  expect(q.map((x) => x.parts.length)).toEqual([2, 2, 2, 2]);
  expect(q[0].speaker).toBe('G.K. Butterfield');
});

test('a title quoted in the attribution ("he said on “Meet the Press.”") does not split the quote it interrupts', () => {
  const q = findQuotes('Ben Carson spoke on Sunday. “I have always said that I expect to be vetted,” he said on “Meet the Press.” “But being vetted and being lied about are different things.”', 'en');
  expect(q).toHaveLength(1);
  expect(q[0].parts).toHaveLength(2);
  expect(q[0].speaker).toBe('Ben Carson');
});

test('fragments joined by a conjunction in one sentence (“…” but to “…”) are one quote; after a full stop they are two', () => {
  const one = findQuotes('Hillary Clinton spoke in Miami. Clinton said the goal was not to “make America great again” but to “make America whole again.”', 'en');
  expect(one.map((q) => q.parts)).toEqual([['“make America great again”', '“make America whole again.”']]);
  const two = findQuotes('Hillary Clinton spoke in Miami. She said “we will win this state again.” and “we will never give up on it.”', 'en');
  expect(two).toHaveLength(2);
});

test('fragments of one sentence with a few words between them are one quote, unless those words attribute the second', () => {
  const one = findQuotes('Paul Ryan spoke on Sunday. “Instead of reassuring Americans after a terrorist attack,” Obama “opted for a political takedown,” Ryan said.', 'en');
  expect(one.map((q) => q.parts.length)).toEqual([2]);
  expect(one[0].speaker).toBe('Paul Ryan');
  const two = findQuotes('Crowds gathered outside. “New Jersey’s Biggest Loser, again and again,” the protesters chanted “Chris Christie: Bad for New Jersey, bad for you.”', 'en');
  expect(two).toHaveLength(2);
});

test('a headline\'s run of capitals is no name, but a common first name and the word after it are', () => {
  const text = 'George Pataki Blasts Trump Over Muslim Remarks In Long Speech\nThe former governor spoke on Monday. “We cannot be the party of fear,” Pataki said.';
  expect(findQuotes(text, 'en')[0].speaker).toBe('George Pataki');
});

test('a capitalised quote after a kind of work ("book,", "episode of", "CNN’s"), or before "by" and its author, is a title, not a quote', () => {
  const text = 'Steven Brill wrote a book. “The unions have a real grip on the party,” said Steven Brill, author of “America’s Bitter Pill With Many Doses,” a history of the law. Alec Baldwin talked on the podcast “Here’s the Thing That Matters Most.”';
  expect(findQuotes(text, 'en').map((q) => q.text)).toEqual(['“The unions have a real grip on the party,”']);
  const digest = 'FAREWELL — "The Living Room to close at the end of December," by Times\' Ben Sisario: "The nightclub will close its doors after twenty years on the Lower East Side."';
  expect(findQuotes(digest, 'en').map((q) => q.text)).toEqual(['"The nightclub will close its doors after twenty years on the Lower East Side."']);
  const shows = 'Sunday, on CNN’s “State of the Union Weekly Show,” Bernie Sanders said the race was “far from over for our whole campaign.” On Tuesday’s episode of “The Steve Harvey Morning Show,” Hillary Clinton spoke.';
  expect(findQuotes(shows, 'en').map((q) => q.text)).toEqual(['“far from over for our whole campaign.”']);
});

test('an attribution followed by a conjunction ("he said, but “…”") joins the two parts', () => {
  const q = findQuotes('Jim Justice owns coal mines. "You know, I love Larry," he said, but "when it comes to energy issues, Larry has a history."', 'en');
  expect(q.map((x) => x.parts.length)).toEqual([2]);
  expect(q[0].speaker).toBe('Jim Justice');
});

test('less common verbs of saying attribute and join a quote ("Toomey fumed", "the email read", "they conclude")', () => {
  const q = findQuotes('Pat Toomey spoke on Tuesday. “They would have gone to the only bill with support,” Toomey fumed on Tuesday. “That would have been a demonstration of good faith.”', 'en');
  expect(q.map((x) => [x.parts.length, x.speaker])).toEqual([[2, 'Pat Toomey']]);
});

/**
 * One speaker rule per row: a text written to need that rule, and the speaker of its first quote (with the
 * language when it is not English).
 */
const FIRST_SPEAKER: [rule: string, text: string, speaker: string, lang?: string][] = [
  ['a pronoun after an opening phrase ("Eight years ago, he backed Obama and said, “…”") is the subject, not a name after it', 'Al Sharpton spoke on Sunday. Eight years ago, he backed Barack Obama over Clinton and said, “Hillary Clinton has never done nothing for us.”', 'Al Sharpton', 'en'],
  ['a role word ("kata Presiden") resolves past a longer role that holds it ("Wakil Presiden Ma’ruf Amin")', 'Presiden Joko Widodo memimpin rapat. Wakil Presiden Ma’ruf Amin hadir di Istana.\n”Saya turun ke bawah kemarin dan melihat kebutuhan warga,” kata Presiden.', 'Joko Widodo', 'id'],
  ['a building ("Trump Tower") is no person for a surname to stand for', 'Donald Trump spoke at Trump Tower on Monday. The crowd cheered.\n“We are going to win so much,” Trump said.', 'Donald Trump', 'en'],
  ['a navy rank ("Laksda") between a role and a name is no part of the name', 'Pencarian berlanjut. ”Misi pencarian ini merupakan misi kemanusiaan,” kata Panglima Komando Armada I (Pangkoarmada) Laksda TNI Abdul Rasyid di Jakarta.', 'Abdul Rasyid', 'id'],
  ['a description without an article between the verb and the name ("said retired neurosurgeon Ben Carson")', 'Donald Trump spoke first.\n\n"I am not going to say it is a mistake, so forget about it," said retired neurosurgeon Ben Carson, asked about his claim.', 'Ben Carson'],
  ['an Indonesian name ending in a compass word ("Karawang Barat") is a place, not the "-nya" speaker', 'Rina Wati pindah ke kota itu pada 2019. Ia bekerja sebagai karyawan kontrak di Karawang Barat.\n”Ketat sekali persaingan kerja di kota ini,” katanya.', 'Rina Wati', 'id'],
  ['a quote standing as its own paragraph is signed on the line below ("- Sanders.")', 'Hillary Clinton answered first. Bernie Sanders waited.\n\n"Boeing and GE and other multinationals pay zero taxes."\n\n- Sanders.', 'Bernie Sanders'],
  ['a signature after a quote may end in a no-break space ("― Martha Aguilar\u00a0")', 'Readers wrote in.\n“Tonight’s debate showed him for who he really is.” ― Martha Aguilar\u00a0\n“Mr. Trump relies on generalizing about minorities.” ― Ariana Huichapa', 'Martha Aguilar'],
  ['a country ("North Korea") is no person to credit with a quote its sentence does not attribute', 'Donald Trump spoke on Monday. The test shows North Korea “is a very, very dangerous place right now.”', 'Donald Trump'],
  ['a sentence opened by a pronoun ("She praised Ted Cruz for “…”") is about someone already named, not a name inside it', 'Carly Fiorina spoke at a rally in Miami. She praised Ted Cruz for fighting for the rights of Americans “over and over and over again.”', 'Carly Fiorina'],
  ['a few words can finish the clause before the cue: "“the beginning of the end” for the EU, said Geert Wilders"', 'Mark Rutte spoke first. The vote signals "the beginning of the end of the union" for the EU, said Geert Wilders, founder of the party.', 'Geert Wilders'],
  ['"said the base chief" with nobody named for it: the description as written', 'The officer in charge that night spoke.\n"There never was a stand-down order," said the base chief, who asked not to be named.', 'the base chief'],
  ['two-word and less common verbs of saying: "Trump shot back", "Beck scoffed"', 'Donald Trump and Jeb Bush argued on stage. “Jeb wants to be a tough guy tonight,” Trump shot back. Bush said nothing.', 'Donald Trump'],
  ['two-word and less common verbs of saying: "Trump shot back", "Beck scoffed"', 'Rick Wilson spoke first, then Glenn Beck. “That is nonsense from start to finish,” Beck scoffed.', 'Glenn Beck'],
  ['a place, time or body after a preposition is not the subject: "a nightclub in Orlando and said"', 'Donald Trump spoke on Monday. Trump later referred to the massacre at a nightclub in Orlando and said he would “protect our citizens from every kind of threat.”', 'Donald Trump'],
  ['a place, time or body after a preposition is not the subject: "a nightclub in Orlando and said"', 'Joe Biden toured the state. For voters in towns like South Carolina, he said, the plan is “a real chance to build a better life.”', 'Joe Biden'],
  ['a time after the name is an aside, not part of a role: "Obama on Friday declared", "Priebus later Thursday told"', 'The Stonewall Inn, which President Barack Obama on Friday declared a monument dedicated “to tell the story of the struggle for equal rights.”', 'Barack Obama'],
  ['a time after the name is an aside, not part of a role: "Obama on Friday declared", "Priebus later Thursday told"', 'Reince Priebus spoke to donors. Priebus later Thursday told Fox News: “Both men are meeting next week to talk.”', 'Reince Priebus'],
  ['a pronoun after an abbreviation starts a sentence; it is not part of a name ("U.S. He")', 'Paul Ryan spoke about guns.\nHe said the right is old in the U.S. He says Obama “knows full well that the law already says so.”', 'Paul Ryan'],
  ['one title word as the subject ("The former Republican presidential candidate continued") is someone already named', 'Ben Carson spoke in Iowa on Monday.\nThe former Republican presidential candidate continued, saying, "You need somebody who understands economics."', 'Ben Carson'],
  ['"he" after a sentence whose subject follows an opening phrase ("In an interview…, Clinton laughed") is that subject', 'Hillary Clinton and Karl Rove traded barbs.\nIn an interview with ABC News over the weekend, Clinton laughed off the attack ad. "I think it shows how desperate they are," she said.', 'Hillary Clinton'],
  ['someone reported speaking after an honorific ("Mr. Obama said") is the likeliest "he"', 'Benjamin Rhodes told reporters about the trip.\nShifting monsoons could hurt a billion people, Mr. Obama said in his interview. "If you have even a portion of that, it changes everything," he added.', 'Obama'],
  ['a name, then when and where as asides, then the verb: "Umbu Rauta, saat dihubungi, Jumat (5/2/2021), mengatakan"', 'Pengajar hukum Universitas Kristen Satya Wacana (UKSW), Umbu Rauta, saat dihubungi, Jumat (5/2/2021), mengatakan, aturan itu jelas.\n”Pemerintah harus segera mengambil keputusan soal ini,” ujarnya.', 'Umbu Rauta', 'id'],
  ['where and when between a name and its verb: "Febria Rachmanita di Surabaya, Rabu (16/9/2020), mengatakan"', 'Kepala Dinas Kesehatan Kota Surabaya Febria Rachmanita di Surabaya, Rabu (16/9/2020), mengatakan, sampel diperiksa di laboratorium yang dikunjungi Wakil Wali Kota Surabaya Whisnu Sakti Buana.\n”Kapasitas laboratorium akan terus kami tambah sampai akhir tahun,” ujarnya.', 'Febria Rachmanita', 'id'],
  ['more Indonesian verbs of saying: "Erwin Hermanto, pekan lalu, menyampaikan"', 'Kepala Bidang Asosiasi Produsen Alat Kesehatan Indonesia (Aspaki) Erwin Hermanto, pekan lalu, menyampaikan, industri di dalam negeri mencari bahan baku. ”Upaya yang dilakukan adalah pengadaan secara langsung dari produsen,” katanya.', 'Erwin Hermanto', 'id'],
  ['"he" after a quote that its own sentence introduces is the person opening that sentence ("Mosman saw…: “…,” he said")', 'Kyle Mosman and Thomas Coan watched the standoff. Coan spoke to a deputy.\nMosman saw the words differently: "When he says he will die a free man, I take him at his word," he said.', 'Kyle Mosman'],
  ['one capitalised word opening a sentence with a verb of saying is a person, when never written in lower case ("McLenney said Clinton…")', 'Tyresha McClenney met Hillary Clinton at a rally.\nMcLenney said Clinton does not show consistency.\n"It is not something that she continuously says," she said.', 'McLenney'],
  ['an opening phrase can end in a comma inside quote marks ("As for the mangling of “Hamas,” Levine found…")', 'Mark Levine, a comedian, watched Ben Carson speak.\nAs for Carson’s mangling of “Hamas,” Levine found comic relief in it. “I needed some carrots to dip,” he said.', 'Mark Levine'],
  ['a quote with no cue belongs to the person opening its clause after an opening phrase ("On the stump, Weld describes…")', 'Bill Weld and Richard Crane toured Ohio. Crane said the fund would grow.\nOn the stump, Weld describes the party as "a six-lane highway going right up the middle between the two."', 'Bill Weld'],
  ['a verb and a name after a comma introduce the quote ("…the primary schedule, explained Rosenberg, “…”")', 'Simon Rosenberg and Hillary Clinton met. Because of how Democrats crafted the primary schedule, explained Rosenberg, “with this thing being over by mid-March, there is no way back.”', 'Simon Rosenberg'],
  ['a capitalised run before a bracketed acronym is an organisation; the person follows it ("Majelis Ulama Indonesia (MUI) Anwar Abbas")', 'Wakil Ketua Umum Majelis Ulama Indonesia (MUI) Anwar Abbas menyayangkan warga yang abai menjaga jarak. ”Covid-19 masih sangat berbahaya bagi kita semua,” katanya.', 'Anwar Abbas', 'id'],
  ['an English role in Indonesian text is a role too ("kata Head of Research Erwin Arifin")', '”Saat itu mereka bisa bertahan dan mimpi itu tetap muncul,” kata Head of Research Erwin Arifin.', 'Erwin Arifin', 'id'],
  ['a ministry\'s field is part of the role ("Menteri Perhubungan Budi Karya Sumadi"); a word of the name written alone only to open a sentence stays in it ("Karya seni itu")', 'Menteri Perhubungan Budi Karya Sumadi meninjau bandara. ”Kami ingin bandara ini melayani wisatawan dengan baik,” katanya. Karya seni itu dipajang di terminal.', 'Budi Karya Sumadi', 'id'],
  ['after a role, a first name the article quotes someone by stays in the full name ("Menteri Pertanian Syahrul Yasin Limpo", then "kata Syahrul")', 'Menteri Pertanian Syahrul Yasin Limpo meninjau sawah di Karawang. ”Petani harus mendapat pupuk tepat waktu,” kata Syahrul.', 'Syahrul Yasin Limpo', 'id'],
  ['a place before a name that the article uses alone is dropped, the first name it quotes the person by kept ("Kepala BPS Kalsel Nurul Fajar Desira", "kata Nurul")', 'Kepala BPS Kalsel Nurul Fajar Desira memaparkan data. Inflasi di Kalsel turun bulan ini. ”Harga beras mulai stabil di semua pasar,” kata Nurul.', 'Nurul Fajar Desira', 'id'],
  ['a title anywhere in a long role leads it ("kata Pelaksana Tugas Direktur Jenderal … Maxi Rein Rondonuwu")', 'Vaksinasi dipercepat. ”Daerah tercepat mendapat prioritas untuk pengiriman vaksin,” kata Pelaksana Tugas Direktur Jenderal Pencegahan dan Pengendalian Penyakit Kementerian Kesehatan Maxi Rein Rondonuwu seusai peninjauan.', 'Maxi Rein Rondonuwu', 'id'],
  ['a day or date after the name\'s comma is no part of it ("… (Kemendagri) Akmal Malik, Kamis (7/5/2020)")', 'Kementerian mengingatkan. ”Kita dalam kondisi krisis sekarang, yang dibangun persatuan,” kata Direktur Jenderal Otonomi Daerah Kementerian Dalam Negeri (Kemendagri) Akmal Malik, Kamis (7/5/2020).', 'Akmal Malik', 'id'],
  ['the body\'s place or owner before the comma that gives the name ("anggota Tim Peneliti GeNose dari UGM, Dian …")', 'Alat itu bernama GeNose. “Ada 1.600 subyek yang akan dilibatkan dalam uji,” kata anggota Tim Peneliti GeNose dari UGM, Dian Kesumapramudya Nurputra, seusai bertemu Gubernur. Dian menjelaskan, uji itu penting.', 'Dian Kesumapramudya Nurputra', 'id'],
  ['a number before the comma that gives the name ("pengelola Gang Hijau RT 008 RW 009, Kelurahan Kota Bambu Selatan, Juriah")', 'Gang itu kini hijau. ”Kesan kumuh itu berubah total,” kata pengelola Gang Hijau Kota Bambu RT 008 RW 009, Kelurahan Kota Bambu Selatan, Juriah.', 'Juriah', 'id'],
  ['a known place after a role, before a one-word name, is no part of it ("Satpol PP DKI Jakarta Arifin")', 'Kepala Satuan Polisi Pamong Praja (SatpolPP) DKI Jakarta Arifin menjelaskan, pihaknya sudah berkoordinasi. ”Pengawasan tetap jalan di sepanjang jalan,” kata dia.', 'Arifin', 'id'],
  ['a comma parts a place from the name after it ("Gugus Tugas Kabupaten Bekasi, Alamsyah, Rabu sore")', 'Kasus bertambah. ”Penularan dari jalur pantura hanya sekitar 2 persen,” kata juru bicara Gugus Tugas Covid-19 Kabupaten Bekasi, Alamsyah, Rabu sore. ”Kami terus memantau,” kata Alamsyah.', 'Alamsyah', 'id'],
  ['after a role, a word the article quotes the person by starts the name when the word before it stands alone elsewhere ("Panca Karya Rusdy Ambon", "milik Panca Karya", "kata Rusdy")', 'Direktur Utama PT Panca Karya Rusdy Ambon mengatakan, kapal terbatas. Kapal milik Panca Karya melayani pulau terisolasi. ”Nanti kami tambah kapal untuk pulau-pulau itu,” kata Rusdy.', 'Rusdy Ambon', 'id'],
  ['in a run of four words or more, a word the article quotes the person by starts the name though the word before it stands nowhere else ("Universitas Katolik Nusantara Raya Budi Santoso Wirawan", "kata Budi")', 'Guru Besar Hukum Universitas Katolik Nusantara Raya Budi Santoso Wirawan menawarkan opsi lain. ”Jadi, batal demi hukum, bukan dapat dibatalkan,” kata Budi.', 'Budi Santoso Wirawan', 'id'],
  ['…but not when a known first name stands before that word, nor counting a generation ("Luther Stan Pate IV", "Pate said")', 'Alabama developer Luther Stan Pate IV hosted the governor on his jet. Pate said he backs no one. "I have not had any conversations with any campaign in almost a year," he said.', 'Luther Stan Pate IV'],
  ['a description that points back ("kata ibu dua anak ini") is shown as written when no sentence before opens with a person named in full', 'Warga bertahan di rumah. Sari (40), tetangga Budi, menjaga warung. Jalan di depan rumahnya sepi. ”Sudah hampir satu bulan warung ini sepi pembeli,” kata ibu dua anak ini.', 'ibu dua anak', 'id'],
  ['…and is that person when one of the two sentences before opens with them ("Ketua DPR Puan Maharani berharap…", "kata politisi dari PDI-P ini")', 'Ketua MPR Bambang Wibowo Sutrisno berpesan agar warga di rumah. Adapun Ketua DPR Puan Maharani berharap agar warga saling membantu. Selain itu, solidaritas sosial juga meningkat. ”Semoga kemenangan ini membawa kebaikan bagi kita semua,” kata politisi dari PDI-P ini.', 'Puan Maharani', 'id'],
  ['…but a time after a -nya cue is no description ("ujarnya saat dikontak Kompas hari ini")', 'Wali Kota Bogor Bima Arya Sugiarto meninjau pasar. Pasar itu ramai sejak pagi. Pedagang sayur berjualan di lorong. ”Pedagang harus memakai masker setiap hari,” ujarnya saat dikontak Kompas hari ini.', 'Bima Arya Sugiarto', 'id'],
  ['a preposition opening a sentence opens a phrase, not a name ("Di TPS, telah tersedia…" before "kata dia")', 'Komisioner KPU Sulut Meidy Tinangon mengatakan, sosialisasi digencarkan. Menurut dia, ada 15 hal baru. Di TPS, telah tersedia tempat cuci tangan. “Pemilih juga dilarang bersalaman dengan sesama pemilih,” kata dia.', 'Meidy Tinangon', 'id'],
  ['a description of where the person is from is shown as written, the place no person ("ujar perempuan asal Depok")', 'Film lokal makin digemari. ”Aku teringat banget detail filmnya, terutama lagu temanya,” ujar perempuan asal Depok, Jawa Barat, saat dihubungi.', 'perempuan asal Depok', 'id'],
  ['an organisation word stripped from the run counts as a role before the name ("Universitas Palangka Raya Darmae Nasir", "kata Darmae")', 'Pemerhati gambut dari Universitas Palangka Raya Darmae Nasir mengungkapkan, gambut punya dua fungsi. ”Gambut topogen sangat cocok untuk sawah,” kata Darmae.', 'Darmae Nasir', 'id'],
  ['after a preposition, a run opens with a place, as after a role ("Konsul Jenderal RI di Chicago Meri Binsar Simorangkir", "kata Meri")', 'Konsul Jenderal RI di Chicago Meri Binsar Simorangkir menambahkan, pasar tempe terbuka. ”Tempe sudah dikenal sejak abad ke-16,” kata Meri.', 'Meri Binsar Simorangkir', 'id'],
  ['an Indonesian indefinite opens an unnamed source, shown as written ("ujar seorang ibu")', 'Kepala Dinas Kesehatan Ani Nunumete mengatakan, pasien diisolasi. ”Suami saya hasil tesnya negatif, tetapi tetap diisolasi,” ujar seorang ibu.', 'seorang ibu', 'id'],
  ['…unless a name follows as an aside ("kata salah satu penyumbang, Melvin Tenggara")', 'Kepala Dinas Kesehatan Febria Rachmanita menerima bantuan. ”Kami datang untuk membantu para tenaga medis,” kata salah satu penyumbang, Melvin Tenggara.', 'Melvin Tenggara', 'id'],
  ['a sentence\'s first word, written in lower case elsewhere, is no first name of the one name after it ("Baik Bambang maupun Candrian menilai…", "kata Bambang")', 'Kondisinya baik. Baik Bambang maupun Candrian menilai, relief itu rusak. Menurut Bambang, gedung itu tua. ”Perlu kehati-hatian memperbaikinya,” kata Bambang.', 'Bambang', 'id'],
  ['…in English too ("Even Rendell, a stalwart Clinton supporter, said…")', 'Even Rendell, a stalwart Clinton supporter, said it would be easier. “It is a good idea on economic grounds,” Rendell said. He added that even a small tax helps.', 'Rendell', 'en'],
  ['…a three-letter verb too ("(See Sexton’s full timeline below.)" before "Sexton said")', 'Jared Sexton, a writer, went to the rally to see it. (See Sexton’s full timeline of the rally below.) Sexton said he was shaken.\n“One I would describe as a casual country club-like hate,” Sexton said.', 'Jared Sexton', 'en'],
  ['…but a short word may be a first name or a particle ("Don Guardian" beside "don’t", "de Blasio")', 'Don Guardian spoke. People don’t blame him. “We did everything we could for this city,” Guardian said.', 'Don Guardian', 'en'],
  ['a body\'s name with joiners of its own after a title still ends the role ("Direktur Institute for Development of Economics and Finance Enny Sri Hartati")', 'Direktur Institute for Development of Economics and Finance Enny Sri Hartati menyampaikan, ada mekanisme lain. Lebih lanjut Enny mengatakan, pandemi belum usai. ”Industri dalam negeri harus diprioritaskan,” ucapnya.', 'Enny Sri Hartati', 'id'],
  ['an unnamed group opening its clause in lower case voices the quote its participle leads into ("…, with many marchers and spectators chanting “…”")', 'Orlando was on the minds of celebrants, with many marchers and spectators chanting “We are Orlando, we are one family.”', 'many marchers and spectators', 'en'],
  ['…past the rest of its clause ("where about 50 protesters had gathered on Wednesday morning, chanting “…”")', 'Hillary Clinton spoke near the Trump Taj Mahal, where about 50 protesters had gathered on Wednesday morning, chanting “Dump Trump, dump him now.”', 'about 50 protesters', 'en'],
  ['…or whose naming verb leads into it ("Kasich had a strong debate, when many commentators called him “…”")', 'John Kasich is coming off a strong debate Thursday night, when many commentators called him “the grownup on the stage tonight.”', 'many commentators', 'en'],
  ['…but not a phrase with a clause inside ("a deterrence to what it called “…”")', 'The council said it would act. The United Nations Security Council on Friday made a strong condemnation of the test and pledged to impose further sanctions as a deterrence to what it called “a grave violation of its resolutions.”', 'United Nations Security Council', 'en'],
  ['…or an indefinite description whose relative clause says it ("replaced by a message that said, “…”")', 'George Zimmerman listed the gun that killed Trayvon Martin. The listing was replaced at mid-morning Thursday by a message that said, "Sorry, but the item you have requested is no longer in the system."', 'a message', 'en'],
  ['…or a share of those polled ("and 14 percent said “…”")', 'Hillary Clinton leads the race. Asked how likely she was to win, 21 percent said it was close and 14 percent said “not at all likely to win.”', '14 percent', 'en'],
  ['…but not an object after its verb ("Sanders tweeted a message saying “…”")', 'Bernie Sanders tweeted a message saying “We won because we ran a campaign of the people.”', 'Bernie Sanders', 'en'],
  ['a capitalised "The" inside a run starts the body\'s name ("Enter The Washington Post.", "the paper’s editorial board wrote")', 'Clinton found a positive message works.\n\nEnter The Washington Post. “He is a politician selling his own brand of fiction,” the paper’s editorial board wrote.', 'Washington Post', 'en'],
  ['a body named as a place is not the group that speaks ("rallied outside Temple University", "the group shouted")', 'The crowd, which rallied outside Temple University, marched to City Hall. "Power to all of the people!" the group shouted.', 'the group', 'en'],
  ['"they" after a group of people written as a subject is that group ("the protesters also paid tribute…, they chanted")', 'The protesters also paid tribute to Clarence Howard, who was shot in June. As they made their way down Broad Street, they chanted "stop killing black people now."', 'The protesters', 'en'],
  ['"According to" opening a sentence gives the source as "according to" does inside one ("According to HuffPo: “…”")', 'Kaine has moved toward a pro-abortion position, the Huffington Post reported.\n\nAccording to HuffPo: “Senator Tim Kaine has had a mixed record on abortion throughout much of his career.”', 'HuffPo', 'en'],
  ['a run the text always follows with its own abbreviation is a document or a body, not a person ("Instruksi Presiden (Inpres)")', 'Presiden Joko Widodo meninjau posko. Presiden telah mengeluarkan Instruksi Presiden (Inpres) Nomor 6 Tahun 2020. Presiden juga kembali mengingatkan pemda agar tidak gegabah. ”Jangan gegabah melonggarkan pembatasan,” tuturnya.', 'Joko Widodo', 'id'],
  ['a voice the article names no one as ("the announcer said") is shown as written, not the person named before', 'A memorable Hillary Clinton ad in 2008 questioned whether then-rival Barack Obama was prepared. As a phone rang, the announcer said, “It’s 3 a.m., and your children are safe and asleep.”', 'the announcer', 'en'],
  ['a description after the verb may hold a possessive ("says the ad’s narrator, going on…")', 'The video pans around images of gifts, while a voiceover recites a rhyme.\n\n“’Twas the morning of Christmas at the Clinton house, the gifts were all opened,” says the ad’s narrator, going on to detail other gifts.', 'the ad’s narrator', 'en'],
  ['a name ending a chain of "of" is what the speaker is of ("Jean-Marc Ayrault, the foreign minister of France, …, said")', 'Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, said North Korea’s latest “provocation cannot be left without consequences.”', 'Jean-Marc Ayrault', 'en'],
  ['…also right after the name ("Joel Pollak of Breitbart California observed, “…”")', 'Of course, as Joel Pollak of Breitbart California observed, “the biggest victor was not on the stage at all.”', 'Joel Pollak', 'en'],
  ['a capitalised quantifier and the words up to the verb are a group, not a name ("Many reporters noted…")', 'Many reporters noted on Twitter the change from the usual campaign slogan, “Make America Great Again now.”', 'Many reporters', 'en'],
  ['"Del." (a delegate) is a title before the name, not a name ("said Del. Stacey Plaskett of the Virgin Islands")', 'Democrats called the vote ominous. "This is a waste of time, and it is destroying this committee," said Del. Stacey Plaskett of the Virgin Islands.', 'Stacey Plaskett', 'en'],
  ['a body opening its clause after an opening phrase speaks, with what it is of ("As if addressing the magnate directly, the Illinois Board of Elections was conclusive…: “…”")', 'Trump would not let up mere days before voting began.\n\nAs if addressing the magnate directly, the Illinois Board of Elections was conclusive in its findings: “Further discussion on this issue is unnecessary.”', 'Illinois Board of Elections', 'en'],
  ['an acronym of three capitals or more inside a run names a body; the person follows it ("Kerja Sama BKN Paryono"), unless only capitals follow ("Kadispen TNI AL")', 'Kepala Biro Humas, Hukum dan Kerja Sama BKN Paryono menyampaikan, pegawai bekerja dari rumah. ”Kehadiran di kantor maksimal 50 persen,” kata Paryono.', 'Paryono', 'id'],
  ['a party or mass organisation is no first name ("Fraksi Gerindra Andi Rahman", "PP Muhammadiyah Haedar Nashir")', 'Wakil Ketua Baleg DPR dari Fraksi Gerindra Andi Rahman mengatakan, naskah sudah final. ”Tidak ada lagi perubahan substansi dalam naskah itu,” ujarnya.', 'Andi Rahman', 'id'],
  ['a short name of two words is the full name the article gave after a role ("Menteri Keuangan Sri Mulyani Indrawati", then "kata Sri Mulyani")', 'Menteri Keuangan Sri Mulyani Indrawati membuka rapat. ”Defisit anggaran tetap kami jaga di bawah tiga persen,” kata Sri Mulyani.', 'Sri Mulyani Indrawati', 'id'],
  ['an Indonesian city or regency before a name is no part of it ("Kepala Dinas Pendidikan Tulungagung Suharno")', 'Sekolah dibuka kembali. ”Kami siapkan protokol kesehatan di semua sekolah,” kata Kepala Dinas Pendidikan Tulungagung Suharno.', 'Suharno', 'id'],
  ['"Negara" of a role is no first name ("Menteri Sekretaris Negara Pratikno")', 'Rapat kabinet digelar secara daring. ”Semua menteri bekerja dari rumah masing-masing,” ujar Menteri Sekretaris Negara Pratikno.', 'Pratikno', 'id'],
  ['a role, then the person as the last of its asides, then the verb: "Kepala UPT Bandara Abdulrachman Saleh, Suharno, yang dihubungi…, mengatakan"', 'Kepala Unit Pelaksana Teknis Bandara Abdulrachman Saleh, Suharno, yang dihubungi melalui telepon, mengatakan telah mendengar informasi itu. ”Akibat Semeru, bandara aman dan tetap beroperasi normal,” ujarnya.', 'Suharno', 'id'],
  ['"mengaku" reports speech ("Decky Senduk, sekretaris tim kampanye, mengaku…")', 'Laporan Penerimaan Sumbangan Dana Kampanye sudah diserahkan. Decky Senduk, sekretaris tim kampanye, mengaku belum ada dana dari pihak ketiga. Sumbangan dari kas pribadi terbagi dalam bentuk barang dan jasa. ”Masih pakai dana terbatas dari calon sendiri,” katanya.', 'Decky Senduk', 'id'],
  ['a title in lower case before the name ("… Covid-19 Kendari dr Algazali")', 'Kasus bertambah. ”Hari ini ada tambahan 15 kasus baru di Kota Kendari,” kata Juru Bicara Gugus Tugas Percepatan Penanganan Covid-19 Kendari dr Algazali.', 'Algazali', 'id'],
  ['a body after a title and "of", then the person as an aside ("Head of Global Macro Research Nomura, Rob Subbaraman, Rabu (9/12/2020), mengatakan")', 'Head of Global Macro Research Nomura, Rob Subbaraman, Rabu (9/12/2020), mengatakan, investasi akan mengalir. ”Negara-negara ASEAN akan semakin banyak menarik investasi,” ujarnya.', 'Rob Subbaraman', 'id'],
  ['a first name the article quotes someone by stays in the full name, role or not ("Tri Yunis Miko", then "Tri mengatakan")', 'Wilayah itu satu kesatuan. ”Harus satu kesatuan, tidak bisa terpisah,” kata pakar epidemiologi Fakultas Kesehatan Masyarakat Universitas Indonesia, Tri Yunis Miko, beberapa waktu lalu. Tri mengatakan, pembatasan harus serentak. ”Kalau tidak serentak, percuma,” ujarnya.', 'Tri Yunis Miko', 'id'],
  ['…but someone else\'s surname opening a run names a business for them ("Donald Trump" … "Trump National Doral")', 'Donald Trump spoke at Trump National Doral on Friday. Trump said the event was moving.\n“They are moving it to Mexico City,” Trump said.', 'Donald Trump'],
  ['a hyphenated title is a title ("Secretary-Treasurer Gary Casteel")', 'The union met on Friday. “We will not back a candidate who backs that deal,” said United Auto Workers Secretary-Treasurer Gary Casteel.', 'Gary Casteel'],
  ['a body\'s field words are no first names ("… Badan Perencanaan Pembangunan Nasional Suharso Monoarfa")', 'Menteri Perencanaan Pembangunan Nasional/Kepala Badan Perencanaan Pembangunan Nasional Suharso Monoarfa menuturkan, pemerintah belum memutuskan. ”Kami masih menghitung semua kemungkinan,” ujarnya.', 'Suharso Monoarfa', 'id'],
  ['a short acronym may end a name ("… dan Keamanan Mahfud MD mengatakan")', 'Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD, Kamis (30/7/2020), mengatakan, buronan itu dapat ditangkap. ”Kita tunggu saja hasilnya,” ujarnya.', 'Mahfud MD', 'id'],
  ['initials before the last name are part of it ("Bambang PS Brodjonegoro"); an organisation\'s acronym before a full name is not ("Komnas HAM Choirul Anam")', 'Menteri Riset dan Teknologi Bambang PS Brodjonegoro meninjau uji terbang. Komisioner Komnas HAM Choirul Anam hadir. Bambang mendorong peneliti berinovasi. Bambang mengatakan, riset harus berlanjut. ”Inovasi harus menjadi solusi,” ujarnya.', 'Bambang PS Brodjonegoro', 'id'],
  ['a role that names no one yet: the person is the last name before the sentence ends ("… Jakarta Pusat, Letnan Kolonel Laut dokter gigi M Arifin")', 'Hunian meningkat. ”Jangan diremehkan, peningkatan ini nyata adanya,” kata Komandan Lapangan Rumah Sakit Darurat Covid-19 (RSDC) Wisma Atlet Kemayoran, Jakarta Pusat, Letnan Kolonel Laut dokter gigi M Arifin.', 'M Arifin', 'id'],
  ['…but not past a place or a time ("tutur Presiden, dari Istana Kepresidenan Bogor")', 'Presiden Joko Widodo meninjau penyaluran bansos. ”Bansos itu sangat dibutuhkan untuk rakyat,” tutur Presiden, dari Istana Kepresidenan Bogor, Jawa Barat, Minggu.', 'Joko Widodo', 'id'],
  ['a role naming a place or body before the person ("said Ohio State University professor Paul Beck")', 'Clinton won in 2008. “That was more her constituency than it was Obama’s at that time,” said Ohio State University professor Paul Beck.', 'Paul Beck'],
  ['countries and laws are no people ("United States", "Affordable Care Act"): "she" skips them', 'Hillary Clinton spoke in Ohio about Russia.\nThe United States would not tolerate that from any other country, she said.\n“For Trump to both encourage that and to praise Putin is wrong,” she said.', 'Hillary Clinton'],
  ['after an opening phrase, a subject set off by a dash aside is the next "he" ("Reached on Friday, Mendez — who runs a bakery but no longer bakes — told…")', 'Ana Mendez filed the complaint. A separate one was filed against Mayor Maria Lopez of Austin.\n\nReached by phone on Friday, Mendez — who owns a bakery in town but no longer bakes — told reporters she would not appeal. She said, however, that she hopes “someone else takes up the fight” soon.', 'Ana Mendez'],
];

test.each(FIRST_SPEAKER)('%s', (_rule, text, speaker, lang) => {
  expect(findQuotes(text, lang)[0]?.speaker).toBe(speaker);
});

test('a pronoun and its verb set off by commas ("South Carolina, he said, was “…”") speak for someone named, not for the word before them', () => {
  const text = 'Dan Tripp runs the campaign. “We are trying to show some mercy to the bully,” Tripp said. South Carolina, he said, was “where we have a chance to go mano a mano with Trump.”';
  expect(findQuotes(text, 'en').map((q) => q.speaker)).toEqual(['Dan Tripp', 'Dan Tripp']);
});

test('a long Indonesian role after the verb ends in the person\'s name', () => {
  const speaker = (t: string) => findQuotes(t, 'id')[0]?.speaker;
  expect(speaker('Aturan berlaku. ”Dalam rangka memutus mata rantai penyebaran Covid-19,” kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD di Jakarta.')).toBe('Mahfud MD');
  expect(speaker('Stasiun ramai. ”Secara total, hari ini terdapat sekitar 16.700 penumpang,” ujar Kepala Humas Daop 1 Eva Chairunisa dalam keterangan tertulis.')).toBe('Eva Chairunisa');
});

test('less common Indonesian cues ("keluhnya", "tanya") attribute a quote', () => {
  const q = findQuotes('Pemilik toko Sari Wulandari menutup tokonya lebih awal. ”Pembeli makin sepi sejak Maret, kami hanya bisa bertahan,” keluhnya. Pembeli lain datang. ”Kapan harga beras turun lagi, Bu?” tanya Budi Santoso kepada pedagang.', 'id');
  expect(q.map((x) => [x.text, x.speaker])).toEqual([
    ['”Pembeli makin sepi sejak Maret, kami hanya bisa bertahan,”', 'Sari Wulandari'],
    ['”Kapan harga beras turun lagi, Bu?”', 'Budi Santoso'],
  ]);
});

test('a region ending in a compass word is no part of the person\'s name; a building is no person', () => {
  const speakers = (t: string) => findQuotes(t, 'id').map((x) => x.speaker);
  expect(speakers('Gubernur Jawa Timur Khofifah Indar Parawansa meninjau rumah sakit. ”Semua aturan protokol kesehatan ditegakkan lagi mulai hari ini,” ujarnya.')).toEqual(['Khofifah Indar Parawansa']);
  expect(speakers('Menteri Bambang Santoso hadir dalam acara di Gedung Sate, Bandung. Ia menyebutkan banyak alat masih impor. ”Muncul kesadaran, ini alat sederhana, tinggal dibuat di dalam negeri,” ujarnya.')).toEqual(['Bambang Santoso']);
});

test('an opening mark typed where the closing one belongs still closes the quote before its attribution', () => {
  const q = findQuotes('Candidates have spoken a lot.\n\n“It is unusual,“ said Larry Noble, an attorney with the Campaign Legal Center. “It is a hard thing to do and pull off.”', 'en');
  expect(q.map((x) => [x.parts, x.speaker])).toEqual([[['“It is unusual,“', '“It is a hard thing to do and pull off.”'], 'Larry Noble']]);
});

test('a company named for its country, a branch or a unit before the person is no part of the name', () => {
  const speaker = (t: string) => findQuotes(t, 'id')[0]?.speaker;
  expect(speaker('Rumah panel mulai dipasarkan. ”Dengan sistem panel, pembangunan rumah bisa selesai dalam dua minggu saja,” kata Direktur Conwood Indonesia Rizki Kresno Edhie.')).toBe('Rizki Kresno Edhie');
  expect(findQuotes('Ketua Asosiasi Perencana Keuangan Indonesia Aidil Akbar Madjid menyampaikan, perencanaan keuangan itu proses. '
    + '”Mereka melakukannya dengan kuasa penuh meskipun telah diberi kuasa oleh nasabah,” ujar Aidil.', 'id')[0]?.speaker).toBe('Aidil Akbar Madjid');
  expect(findQuotes('Menteri Koordinator Bidang Perekonomian Airlangga Hartarto meninjau proyek. Pemerintah menjaga perekonomian. '
    + '”Dari 245 usulan yang masuk, hanya 89 proyek yang lolos seleksi,” kata Airlangga.', 'id')[0]?.speaker).toBe('Airlangga Hartarto');
  expect(findQuotes('Warga antre di Pamulang sejak pagi. Kepala Puskesmas Pamulang Fitri menjelaskan, tes dilakukan bertahap. '
    + '”Kami sudah memeriksa 200 warga hari ini saja,” kata Fitri.', 'id')[0]?.speaker).toBe('Fitri');
  expect(speaker('Gardu listrik terendam banjir. ”Dari 124 gardu yang terdampak, baru 34 yang dioperasikan kembali,” ujar Manajer Unit Induk Distribusi Jabar Agung Nugraha.')).toBe('Agung Nugraha');
});

// Each row: the rule, an Indonesian article that needs it, and the speakers it must give, quote by quote.
test.each<[string, string, (string | null)[]]>([
  ['a first "-nya" quote with no speaker yet is the person opening the sentence before, when the article names that person in full',
    'Pendiri Lokataru, Haris Azhar, menilai aparat sering lolos. Polisi Raya Manado akan diturunkan. Menurut Haris, kejahatan oleh aparat terjadi berulang-ulang karena tidak pernah diungkap. '
      + '”Banyak kasus hanya dihukum dicopot dari jabatan, tidak ada yang memuaskan,” ujarnya.',
    ['Haris Azhar']],
  ['a verb and a name as an aside ("…, ungkap Ahmad, …") make that person the one a first "-nya" quote is by',
    'Hal ini disampaikan Ketua Yayasan Masjid Agung Kiagus Ahmad Sarnubi di Palembang. Jamaah dibatasi di Masjid Agung SMB I Jayo Wikramo. '
      + 'Namun tahun ini, ungkap Ahmad, jamaah hanya boleh beribadah di dalam kawasan masjid. ”Kalau masjid sudah dinilai padat, maka masjid akan ditutup,” ucapnya.',
    ['Kiagus Ahmad Sarnubi']],
  ['"Menurut Mansuri, …" makes Mansuri the one a first "-nya" quote is by',
    'Sekjen Ikatan Pedagang Pasar Abdullah Mansuri menilai harga gula tinggi. Ia sempat bertemu Direktur Irwan Santoso kemarin. '
      + 'Menurut Mansuri, Kementerian Perdagangan perlu memperhatikan alur distribusi gula. Harga gula naik sejak Maret. ”Caranya dengan menjual gula ke pedagang pasar dengan harga murah,” ujarnya.',
    ['Abdullah Mansuri']],
  ['a full stop and a capitalised function word ("…Pasal I. Padahal, …") are no name',
    'Hanif Alatas mendatangi kantor polisi. Polisi memakai Pasal 93 ayat I. Padahal, pasal itu jarang dipakai. ”Sampai ribuan laskar tidak mampu mencegah kerumunan itu,” ujarnya.',
    ['Hanif Alatas']],
  ['"-nya" after someone reported in the sentence right before is theirs, not the previous quote\'s speaker',
    'Ajang lari itu ramai. ”Kita jalani dan hadapi saja,” ucap Agung Mulyawan.\n\nGubernur Jawa Tengah Ganjar Pranowo bahkan menyatakan apresiasi khusus bagi para peserta. '
      + '”Peserta lari virtual ini adalah pelari yang tangguh,” ujarnya. ”Kami bangga pada mereka semua,” katanya lagi.',
    ['Agung Mulyawan', 'Ganjar Pranowo', 'Ganjar Pranowo']],
  ['more Indonesian verbs report speech ("menceritakan", "menduga", "mengingatkan"): a -nya quote after them is that person\'s',
    'Ekonom OECD Budi Santoso mengatakan, permintaan turun. ”Permintaan turun tajam sejak Maret,” ujarnya. Co-Founder dan COO Etanee Herry Nugraha menceritakan, Etanee menyasar pasar rumah tangga. ”Selama PSBB, layanan belanja daring jadi alternatif masyarakat,” ujarnya.',
    ['Budi Santoso', 'Herry Nugraha']],
  ['a one-word name left once the body before it is cut off reports speech ("…Kerja Sama BKN Paryono menyampaikan, … ”…,” ujarnya")',
    'Kepala Biro Humas, Hukum dan Kerja Sama BKN Paryono menyampaikan, pegawai bekerja dari rumah. ”Kehadiran di kantor maksimal 50 persen,” ujarnya.',
    ['Paryono']],
  ['with no one else named, a -nya quote is the last person brought in by one name and an age ("Fenny (28), warga Jakarta, …"); the next quote does not build on that guess',
    'Fenny (28), warga Jakarta, berharap angkutan umum diawasi. Ia kini mengandalkan angkot. ”Pengemudi angkot harus disadarkan lagi supaya patuh,” ujarnya. Warga lain seperti Rudianta (24), pegawai negeri, juga berharap armada ditambah. ”Kalau armadanya terbatas, penumpang menumpuk juga,” ujarnya.',
    ['Fenny', 'Rudianta']],
  ['after a quote whose speaker was only described, a "-nya" quote goes to someone reported speaking since ("Ketua … Yoanita Simanjuntak …, mengatakan"), not to the description',
    'Harga sewa kios naik. ”Sewa kios sudah dua kali naik tahun ini,” ujar pedagang yang berjualan sejak 1998 itu. Sementara itu, Ketua Asosiasi Pedagang Pasar Hendra Wijaya, Rabu (1/7), mengatakan, pedagang masih bisa bertahan. Kuncinya, pedagang harus berjualan daring. '
      + '”Penting bagi pedagang untuk berjualan lewat aplikasi,” katanya.',
    ['pedagang yang berjualan sejak 1998', 'Hendra Wijaya']],
  ['a name after a body\'s acronym in brackets is named after a role ("Pembina Komunitas Bike to Work (B2W) Toto Sugito"): a "-nya" quote after a described speaker is theirs',
    'Jalanan ramai pesepeda. ”Saya bersepeda empat kali seminggu sekarang,” ujar perempuan yang ingin menjadi model ini. Pembina Komunitas Sepeda Kota (KSK) Toto Sugito yakin, warga akan lebih peduli kesehatan. Ia berharap jalur sepeda diperluas. '
      + '”Bersepeda merupakan pilihan yang sangat menarik bagi warga kota,” katanya.',
    ['perempuan yang ingin menjadi model', 'Toto Sugito']],
])('%s', (_rule, text, expected) => {
  expect(findQuotes(text, 'id').map((q) => q.speaker)).toEqual(expected);
});

test('a quote that ends a sentence and one that a clause ending in a comma introduces are two quotes', () => {
  const q = findQuotes('Ann Lowe spoke. She said his comments did not “fit with what I thought I knew about him.” Of course, Lowe said, “I did not know him that well, but I did know him.”');
  expect(q.map((x) => x.text)).toEqual(['“fit with what I thought I knew about him.”', '“I did not know him that well, but I did know him.”']);
});

test('a sentence ending between two quotes means two quotes, even when the first ends in a comma', () => {
  const q = findQuotes('Tom Ryder promised to "protect our citizens on every street," the crowd applauded loudly. Taking it in, Ryder said, "As a mayor, I have to say, it is so nice to hear."');
  expect(q.map((x) => x.text)).toEqual(['"protect our citizens on every street,"', '"As a mayor, I have to say, it is so nice to hear."']);
  expect(q[1].speaker).toBe('Tom Ryder');
});

test('"X, who plays Mike Baxter, said": the speaker is X, not the name in the clause', () => {
  const q = findQuotes('Tim Allen spoke to the students on Monday about acting, and the actor, who for nine seasons plays conservative dad Mike Baxter, said the show had changed him.\n“I am not as well worded,” he said, “because the writers are better than me.”', 'en');
  expect(q[0].speaker).toBe('Tim Allen');
});

test('"she" does not land on a man named just before', () => {
  const text = 'Laura Smith met Mark Jones on Monday. Jones said the talks were long.\n"We still have a lot of work to do on this," she said.';
  expect(findQuotes(text)[0].speaker).toBe('Laura Smith');
});

test('a short aside between name and verb: "Rep. John Mica (R-Fla.) said"', () => {
  expect(findQuotes('"If you continue that, you destroy the process," Rep. John Mica (R-Fla.) said.')[0].speaker).toBe('John Mica');
});

test('"he" after reported speech by a name given as an aside: "The harbour master, Tomas Reyes, said…"', () => {
  const text = '"We cannot wait any longer," said Harriet Osei, the council leader.\nThe harbour master, Tomas Reyes, said the fleet had lost eleven days at sea. “The boats are ready,” he told the meeting.';
  expect(findQuotes(text).map((q) => q.speaker)).toEqual(['Harriet Osei', 'Tomas Reyes']);
});

test('"she" after a sentence that opens with a time or a place ("In May 2021, Ruiz…") means its subject, not the month', () => {
  const text = 'The board met twice that spring. In May 2021, Elena Ruiz ended the meeting with a vote on the merger.\n"We have waited long enough for this deal to happen," she said.';
  expect(findQuotes(text, 'en')[0].speaker).toBe('Elena Ruiz');
});

test('a US state written mid-sentence is a place, not a speaker ("The senator from Vermont said…")', () => {
  const text = 'Bernie Sanders spoke in Burlington on Monday.\n"We need real change in this country," he said.\nThe senator from Vermont said the plan was "a fantasy that will never pass in this Congress."';
  expect(findQuotes(text, 'en').map((q) => q.speaker)).toEqual(['Bernie Sanders', 'Bernie Sanders']);
});

test('quotes in Chinese, written without spaces, are long enough to count; a two-character scare quote is not', () => {
  const q = findQuotes('公园管理处负责人说：“我们希望公园不仅是散步的地方。”这次改造被称为“样板”。');
  expect(q.map((x) => x.text)).toEqual(['“我们希望公园不仅是散步的地方。”']);
});

describe('unnamed sources and other English attributions', () => {
  const speakers = englishSpeakers;

  // Each row: the rule, an article that needs it, and the speakers it must give, quote by quote.
  englishSpeakerCases([
    ['an unnamed source is the speaker as written, not someone named before',
      'Mara Quinn chaired the meeting.\n“It was not a convincing argument at all,” said one Democrat familiar with the talks, who asked not to be named.',
      ['one Democrat familiar with the talks']],
    ['a time with its part of the day ("on Tuesday night") may stand between an unnamed source and its verb',
      'Mara Quinn chaired the meeting. A campaign email sent out by Dale Rivers on Tuesday night warned of the fight ahead: “There are fourteen contests over the next three weeks, and all of them matter.”',
      ['A campaign email sent out by Dale Rivers']],
    ['an unnamed source is the speaker as written, not someone named before',
      'Mara Quinn chaired the meeting.\n“The facts have not changed since last year,” a spokesman for committee Democrats said.',
      ['a spokesman for committee Democrats']],
    ['an unnamed source is the speaker as written, not someone named before',
      'Mara Quinn chaired the meeting. One senior official said: “We will not sign this version of the bill.”',
      ['One senior official']],
    ['an unnamed source may hold a number: "a 2008 campaign veteran", "a NY1 representative"',
      'Tom Ryder attacked her in the session.\n“She did not like that at all,” said a 2008 campaign veteran.\n“He is on indefinite leave from the station,” a NY1 representative said.',
      ['a 2008 campaign veteran', 'a NY1 representative']],
    ['a name given beside the unnamed description is the speaker',
      'Mara Quinn chaired the meeting.\n“We have nothing to add at this time,” said a campaign spokeswoman, Leah Ortiz.',
      ['Leah Ortiz']],
    ['a possessive is no subject: "Quinn’s comments had rattled them"',
      'Mara Quinn spoke first. Asked if Quinn’s comments had rattled them, Tom Ryder said, “Sure. Everybody pays attention to it.”',
      ['Tom Ryder']],
    ['roles between the verb and the name: "said party boss Reince Priebus"',
      'The National Convention opened today.\n“The distraction gets you off message a little,” said Republican party boss Lena Okafor, though she smiled.',
      ['Lena Okafor']],
    ['"Sen." inside a sentence does not end it: the sentence\'s subject is found',
      'Tom Ryder was there.\nCarla Finch threw her support behind Sen. Tom Ryder (R-Texas) on Wednesday, saying it is time for “a real constitutional conservative in the White House.”',
      ['Carla Finch']],
    ['the subject of the verb right before the quote, not the first capitalised word of a long sentence',
      'Ohio voters told pollsters that they were split, and Governor John Kasich said, “I am getting ready to rent a covered wagon.”',
      ['John Kasich']],
    ['the subject of the verb right before the quote, not the first capitalised word of a long sentence',
      'Lazar said he welcomed extradition to the United States and added, “I will plead guilty, no problem.”',
      ['Lazar']],
    ['"said the Florida senator" is the senator named before, not a person called Florida',
      'Marco Rubio spoke in Tampa.\n"It is a difficult issue for me," said the Florida senator, who wants limits.',
      ['Marco Rubio']],
    ['a role, then the name as an aside: "Sanders’s campaign manager, Jeff Weaver, said"',
      'Bernie Sanders won the state.\n"By December, when we were looking down the road, we knew," Sanders’s campaign manager, Jeff Weaver, said in an interview.',
      ['Jeff Weaver']],
    ['more verbs of saying: "Trump barked"',
      'Jorge Ramos stood up. “Go back to Univision,” Trump barked as a guard came over.',
      ['Trump']],
    ['with no cue, the person opening the quote\'s own sentence beats someone reported earlier',
      'Mayor Ann Lowe said the vigil would go ahead. Tom Ryder then went fully on the attack, saying, “Is the council going to finally act on this?”',
      ['Tom Ryder']],
    ['with no cue, the person opening the quote\'s own sentence beats someone reported earlier',
      'Mayor Ann Lowe said the vigil would go ahead. During the debate in Leeds, Lowe said this was a “new” rule and that the council should “set the same standard for everyone.”',
      ['Ann Lowe']],
    ['"he" after a sentence that a person opens is that person, even after someone else was reported speaking',
      'Felipe Mora said the tweets were insults, and he would not answer them.\nTom Ryder also took swipes at fellow contender Jeb Bush.\n“Everybody is laughing at Jeb Bush, who spent a fortune,” he wrote.',
      ['Tom Ryder']],
    ['"The Florida senator" opening a sentence is the senator named before; "Clinton spokeswoman Jennifer Palmieri" is Palmieri',
      'Marco Rubio ended his bid in Miami on Tuesday, in Florida.\n\nThe Florida senator sought to calm his supporters, saying the heckler would “not get beat up at this rally.”',
      ['Marco Rubio']],
    ['"The Florida senator" opening a sentence is the senator named before; "Clinton spokeswoman Jennifer Palmieri" is Palmieri',
      'Melania Trump spoke on Monday.\n\nClinton spokeswoman Jennifer Palmieri criticized the campaign for the claim.\n\n"Nice try, but that is not true," she said in a tweet.',
      ['Jennifer Palmieri']],
    ['"Ryder openly admitted…": one capitalised word opening the sentence before, then a past verb, is the "he"',
      'Lena Okafor picked the home team, as did Jeb Bush.\n\nRyder openly admitted that his pick was about the primary in South Carolina. “With an eye to the primary, Carolina,” he said.\n\nMoss defied the question and gave no answer. “It will be one of the two teams, I predict,” he said.',
      ['Ryder', 'Moss']],
    ['an indefinite description after a verb or a preposition is no speaker: "incurred a wave of boos upon saying", "At one point"',
      'Comedian Sarah Vance spoke first.\n\nVance, herself a supporter, incurred a wave of boos upon saying, “Everyone heard the passion of the people.”\n\nAt one point on Sunday, Tom Ryder, who has many followers, tweeted, “We will win this state in November.”',
      ['Sarah Vance', 'Tom Ryder']],
    ['a name after "by" is no subject; nor is a capitalised word before a noun and "and": the verb is the sentence\'s',
      'Sarah Vance spoke after Lena Okafor.\n\nAs the crowd began to chant, Vance was joined on stage by Sen. Lena Okafor and joked, “Everyone here is being ridiculous tonight, friends.”\n\nTom Ryder spoke next. He then adopted a fake Southern accent and joked, “I am just going to make it easier for them.”',
      ['Sarah Vance', 'Tom Ryder']],
    ['with no cue, a name after a preposition is a place, not the subject: "Here in Columbia, Sanders stepped up…"',
      'Tom Ryder toured the state with Lena Okafor.\n\nHere in Columbia, Ryder stepped up his emphasis on the courts, saying, “We have got to reach the day when everyone can walk the streets.”',
      ['Tom Ryder']],
    ['"chief Democratic rival, Sen. Bernie Sanders": a role word before a noun continues the role; the name follows as an aside',
      'Lena Okafor spoke at the meeting. Okafor\'s chief Democratic rival, Sen. Tom Ryder of Vermont, was the only candidate who stayed away. Instead he gave a speech in which he pledged that he would be "a friend not only to farmers but to the cities as well."',
      ['Tom Ryder']],
    ['a quote that ends its sentence takes no cue from the next sentence opened by "And"',
      'Sen. Lena Okafor refused to campaign alongside Ryder, responding that she is “not going to go into what my campaign is doing.” And Sen. Tom Ryder, another incumbent, said he had not thought about it.',
      ['Lena Okafor']],
    ['a sentence about "he" before the quote passes "he" on to the sentence before it',
      'Jim Walsh said the rally would be large.\n\nTom Ryder is running on a positive message, refusing to attack his rivals. But he says that does not mean he is soft.\n\nHe tells the crowd: “It is possible to be kind and at the same time very tough.”',
      ['Tom Ryder']],
    ['after a quote, "and X vowed" opens the next clause: the quote is the sentence subject\'s',
      'Tom Ryder and Jim Walsh spoke. Mostly, they have offered colourful language. Ryder said he would make the sand "glow in the dark for a decade," for instance, and Walsh vowed to "bomb the hell" out of them.',
      ['Tom Ryder']],
    ['"the newspaper wrote" is the organisation named last, not a person; with none near, the description as written',
      'Jim Walsh campaigned in Ohio.\n\nIn a scathing opinion piece, The Daily Ledger called on Walsh to drop out.\n\n“He needs to stop blaming everyone else and decide what he wants,” the conservative-leaning newspaper wrote.',
      ['Daily Ledger']],
    ['"the newspaper wrote" is the organisation named last, not a person; with none near, the description as written',
      'Jim Walsh listed the rifle for sale.\n\n“We pulled the listing because it is not in our interest to be part of it,” the company said.',
      ['the company']],
    ['the sentence before names "he" after a conjunction or an adverb: "…, but Sanders was in San Diego", "Obama also addressed…"',
      'Jim Walsh said the race was tight.\n\nIt is a big if, but Tom Ryder was in San Diego on Tuesday night, making his pitch.\n\n"If there is a large turnout, we will win here in California," he said.\n\nBrian Fallon said the claim was pathetic.\n\nRyder also addressed the concerns last Thursday, stating that states are in charge.\n\n“We do take our responsibilities to monitor the vote seriously,” he added.',
      ['Tom Ryder', 'Tom Ryder']],
    ['a surname shared by two people named before goes to the one whose first name fits the pronoun',
      'Hillary Vance ran for the nomination. Bill Vance got in on the game, bashing Ryder at a rally. “He is running harder against me than against anyone,” the former president said.\n\nMara Quinn said the crowd was loud.\n\nVance herself also signaled that she is girding for a fight. "I have noticed that under the spotlight, Sen. Ryder has had trouble answering questions," she said.',
      ['Bill Vance', 'Hillary Vance']],
    ['"…” and said that Rubio is “…”": a verb joined to the previous quote\'s sentence shares its subject',
      'Jim Walsh spoke.\n\nTom Ryder also attacked Mary Vance and Marco Diaz during the rant.\n\nHe said that Vance is playing the “women’s card big league” and said that Diaz is “weak like a little baby.”',
      ['Tom Ryder', 'Tom Ryder']],
    ['a name and its verb closing the sentence after a long clause attribute the quote that opens it',
      'The mosque has drawn people from across the county, including Ali Hassan.\n\n"We are frustrated and horrified" by the mass shooting at a nightclub that had drawn worldwide attention and more local scrutiny, Adel Nefzi said.',
      ['Adel Nefzi']],
    ['"According to the newspaper, “…" is the organisation named last',
      'Jim Walsh read it twice.\n\nThe Daily Ledger claims the refusal to act is itself a failure.\n\nAccording to the newspaper, “Our porous laws empower dealers to sell weapons to almost any adult.”',
      ['Daily Ledger']],
    ['"the president said": of those the article named after the role, the one it names most',
      'President Tom Ryder signed the bill. World Bank president Jim Kang praised it. Ryder met Kang in May. Ryder said the rules were a start. Aides to Ryder agreed. Mara Quinn said the plan was weak.\n\nCheap gas also helped; gas emits half the carbon of coal.\n\n"We may end up having to do it in chunks, as opposed to some sort of omnibus bill," the president said in an interview.',
      ['Tom Ryder']],
    ['"Colorado’s Kendal Unruh", "The Blaze’s Matt Walsh": the person is whoever follows the possessive',
      'Delegates met on Sunday.\n\n“We are going to keep fighting until the very end of the convention,” said Colorado’s Kendal Unruh.',
      ['Kendal Unruh']],
    ['"from Mike Lee, who declared, “…": the name before a relative clause with a verb of saying, even after a preposition',
      'Tom Ryder won the state. On Thursday, Ryder scored his first endorsement from a Senate colleague, from Mike Lee, who declared in the debate spin room, “I am sending the signal that it is time to unite.”\n\nThe religious test originated, as nasty things often do, in the mouth of Jim Walsh, who proclaimed in July that refugees "cannot come into this country at all."',
      ['Mike Lee', 'Jim Walsh']],
    ['a group ("Muslims", "Americans") is no person; "Republican presidential hopeful" and "Band member" are roles',
      'In response to Tom Ryder’s proposal to bar Muslims from entering the country, Mara Quinn rallied supporters, saying: “We have to be ready to stop him.”\n\nIn line with most Americans, Republican presidential hopeful Sen. Jim Walsh was also critical, saying, “It is a decision for the people of this country.”',
      ['Mara Quinn', 'Jim Walsh']],
    ['"Sanders’ comments": a plural possessive is no subject and no part of a name',
      'Karen Weaver runs the city. Tom Sanders visited.\n\nWeaver did not seem impressed with Sanders’ comments on Tuesday, telling reporters, “A lot of people said the governor should step down.”',
      ['Karen Weaver']],
    ['a surname alone is the full name the article writes most often, not the latest run that holds it',
      'Ted Ryder won Iowa. Ted Ryder thanked voters. Later, Heidi Ryder joined him on stage.\n\n“We will carry this fight all the way to the convention,” Ryder said.',
      ['Ted Ryder']],
    ['up to four short asides between a name and its verb: age, place, state abbreviation, a relative clause',
      'The poll was taken Monday.\n\n"Both of the front-runners scare me a lot," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in a follow-up interview.',
      ['Harry Bond']],
    ['"X was asked by moderator Y whether … “…”" is Y\'s question',
      'Tom Ryder spoke at the debate. Ryder was asked by Fox Business moderator Gerard Baker whether his plan would risk “adding another expensive entitlement program to an already overburdened budget.”',
      ['Gerard Baker']],
    ['"the group said": the organisation that opened a sentence lately, before one named in passing',
      'Jim Walsh tweeted a photo.\nThe Quinn Family Foundation did not want to address him, telling Fox 35 that the organization is focused on its work.\n“This season, we are focused on furthering that mission,” the group said.',
      ['Quinn Family Foundation']],
    ['two quotes each with its own attribution are two quotes, not one interrupted quote',
      'Tom Ryder turns 70 on Tuesday.\n\n"He is going to have to stop with the personal insults," said Sen. Mara Quinn. "He will have to earn the presidency by showing the right temperament," added Rep. Lena Okafor.',
      ['Mara Quinn', 'Lena Okafor']],
    ['with nobody else to give it to, a quote goes to the organisation that opens its sentence',
      'Leaders denounced the test.\n\nThe United Nations Security Council on Friday made a strong condemnation of the test and pledged sanctions against what it called "a clear threat to international peace and security."',
      ['United Nations Security Council']],
    ['a pronoun between a capitalised word and the verb is the verb\'s subject: "Recently she announced"',
      'Mara Quinn chairs the group. Recently she announced on her page, in capital letters, "I am getting off the ship and boarding the train!"',
      ['Mara Quinn']],
    ['a participle after a preposition has no subject: "the Ledger headline by saying" is no report by the Ledger',
      'After blasting the Ledger Report for a story, Jim Walsh doubled down.\n\nAt a rally for Tom Ryder yesterday, Walsh said, “Tom and I were just driving in, and he is laughing.”\n\nHe explained the Ledger headline by saying: “It was because last night I did something that is not controversial.”',
      ['Jim Walsh', 'Jim Walsh']],
    ['"he" in a clause after the sentence\'s subject is that subject, even with the verb before the quote',
      'Joe Marsh spoke in Ohio.\n\nDuring an interview in April, Tom Ryder was talking about defense commitments when he told Chris Lane of the radio, “So, the north has weapons. The south has a problem with that.”',
      ['Tom Ryder']],
    ['"The Wisconsin Republican did…" describes someone named before: the "he" after it is the last speaker',
      'Paul Ryder spoke on Friday. “Unifying the party will have to come from our nominee,” he said.\n\nThe Wisconsin Republican did give Jim Walsh some credit during the interview.\n\n"We do not always nominate a giant every four years, but we hope our nominee aspires to be one," he said.',
      ['Paul Ryder', 'Paul Ryder']],
    ['"added his campaign manager Jeff Weaver": a possessive may open the role before the name',
      'Tom Ryder spoke in Fresno. "If there is a large turnout, we will win here," he said.\n\n"We are going to start chipping away at the lead," added his campaign manager Jeff Weaver.',
      ['Tom Ryder', 'Jeff Weaver']],
    ['"The New York Times", "Fox News": an organisation\'s name speaks for itself, not a description nor the name after it elsewhere',
      'Tom Ryder said Fox News Debate tickets were gone. Fox told a different tale.\n\n“Ailes had three brief conversations with Ryder on Thursday,” Fox News said in a statement.\n\nThe New York Times confirmed that, reporting:\n\n"As the company gradually assumed control, a flow of cash made its way to the foundation."',
      ['Fox News', 'New York Times']],
    ['", federal prosecutors wrote": people left unnamed after the quote, as written',
      'Judge Mara Quinn heard the case of Tom Ryder.\n\n"The extent of the harm caused by the conduct is incalculable," federal prosecutors wrote in seeking a maximum penalty.',
      ['federal prosecutors']],
    ['a description ends before "as she": "at an activist as she angrily said" is her quote',
      'Tom Ryder spoke first. "Nobody has every right to it," Mara Quinn said.\n\nRyder also did not hold back.\n\nTwo weeks after Quinn lost her cool on a rope line, jabbing her finger at an activist as she angrily said, “I am so sick of the Ryder campaign lying” about her record, Ryder jabbed at her.',
      ['Mara Quinn', 'Mara Quinn']],
    ['an indefinite description that ends in a role and a name is that person: "A Plus reporter Isaac Saul tweeted"',
      'Tom Ryder made the claim on Monday. A Plus reporter Isaac Saul tweeted back at Ryder pointing out the irony: “Uh, your own policy is the opposite of that, sir.”',
      ['Isaac Saul']],
    ['a run opened by a capitalised preposition is no subject: "Of Carson, Levine, who…, said"',
      'Ben Carson and Eric Levine met donors. Of Carson, Levine, who has given money to Jim Walsh, said, “He is flat-out scary. I think he is a wonderful man.”\n\nIn July, Sammy Aaron, vice chairman of the company, told Forbes that Ryder is "very involved on a weekly basis."',
      ['Eric Levine', 'Sammy Aaron']],
    ['"And he’s predicted…": a pronoun with a contraction opening the sentence before passes "he" on',
      'Dan Patrick said at noon that the state was ready.\n\n9:18 p.m.\n\nTom Ryder is thanking his supporters for a commanding finish in the state.\n\nAnd he’s predicted big wins in the races ahead.\n\n“Folks, let us go, let us have a big win next week,” he tells hundreds of supporters.',
      ['Tom Ryder']],
    ['"said master of ceremonies Asab Al-Tabchi": "of" inside the role before the name',
      'Governor Nathan Deal opposed the plan.\n\n"Thanks, Clarkston, for welcoming these refugees," said master of ceremonies Asab Al-Tabchi, an engineer who came here decades ago. "No thanks to the governor at all," he added.',
      ['Asab Al-Tabchi', 'Asab Al-Tabchi']],
    ['a capitalised run opened by a preposition is no person: "Regarding Trump’s rhetoric…, Woods shared"',
      'Ty Brown died in 2012. Tom Ryder spoke at the convention.\n\nRegarding Ryder’s rhetoric after the speech, Dorothy Brown shared her belief that none of it was beyond the pale.\n\n“The way I see it,” she elaborated, “no one ever questioned his sacrifice or his service.”',
      ['Dorothy Brown']],
    ['after a preposition, the person named after a title in the run can still be the subject',
      'Tom Ryder told a story about a general.\n\nThe Council on Civic Relations National Executive Director Nadia Awad says in a statement that Ryder’s "inflammatory rhetoric has crossed the line from hatred to violence."',
      ['Nadia Awad']],
    ['", adding that…" after a quote continues its speaker\'s sentence',
      'Speaking to supporters after the primary, Ted Ryder said that there is “only one strong conservative in a position to win this race,” adding that it is why Jim Walsh “relentlessly attacks us and ignores the other candidates.”',
      ['Ted Ryder', 'Ted Ryder']],
    ['an opening phrase may hold a place with its own commas: "At a rally in Portland, Maine, on Thursday, Trump…"',
      '"There is no basis for the wholesale labeling of our people," Joey Salceda said in a bill.\n\nAt a rally in Portland, Maine, on Thursday afternoon, Tom Ryder included the country on a list. "We are letting people come in from nations that should not be allowed," he said.',
      ['Joey Salceda', 'Tom Ryder']],
    ['…but not past a clause about someone else: "…, who acknowledged Trump was his fourth choice…, Senator Marco Rubio, and…"',
      'Chris Harvey, a delegate from Houston, spoke on Monday.\n\n“We show anger, we show emotion,” said Harvey, who acknowledged Tom Ryder was his fourth choice for nominee, behind Rick Santorum, Senator Jim Walsh, and Senator Ted Cruz.\n\n“We are alive, unlike the robots you are going to see next week” at the other convention, he said.',
      ['Chris Harvey', 'Chris Harvey']],
    ['an opening phrase, then a role and the person: "Just a few months ago, Florida developer Mel Sembler expressed…"',
      '"You are starting to see that across the board," said Ron Weiser.\n\nJust a few months ago, Florida developer Mel Sembler expressed dismay at the thought. "I kept telling myself that will not happen, that cannot happen," he told the paper in February.',
      ['Ron Weiser', 'Mel Sembler']],
    ['"Democratic National Convention" is an event, not a person that "he" could be',
      'Barack Obama spoke on Wednesday night.\n\nOne of the central claims of the speech to the Democratic National Convention does not stand up to scrutiny.\n\nHe told his audience, to rowdy applause:\n\n“I can say with confidence there has never been anybody more qualified than her.”',
      ['Barack Obama']],
    ['a long clause between the quote and "says X"',
      'Outside groups supporting Ohio Gov. Tom Ryder also have spent heavily.\n\n"These groups have been setting the table for voters," in sharp contrast to previous elections when campaigns took on that function, says Dante Scala, a political scientist.',
      ['Dante Scala']],
    ['"went out." ends an English sentence (Portuguese "out." is no abbreviation here): "he" is the next sentence\'s subject',
      'Paul Manafort spoke first. Manafort politely suggested that this might be seen as condescending. The tweet went out. Tom Ryder was delighted by the resulting controversy. “The people who were offended were people we wanted to offend,” he later said.',
      ['Tom Ryder']],
    ['a capitalised function word is no subject: "When asked about X, Cruz gingerly said that was “…”"',
      'Ted Ryder met Jim Walsh on stage.\nRivals Address Heroin Epidemic\nWhen asked about Walsh\'s disposition, Ryder gingerly said that was "an assessment the voters are going to make" before the primary.',
      ['Ted Ryder']],
    ['"As one employee told…": a sentence-opening conjunction opens the unnamed source\'s clause',
      'Carly Ryder announced 6,000 layoffs. As one employee told the local paper, "She wants to put fear in our hearts, and she has done that."',
      ['one employee']],
    ['a relative clause may stand between an unnamed source and its verb ("a White House official who spoke anonymously … said")',
      'Press secretary Josh Ryder spoke on Monday. Although there is no such overlap, a White House official who spoke anonymously to discuss internal strategy said Wednesday, "Certainly there are discussions between the White House and the campaign."',
      ['a White House official']],
    ['…or a participle clause ("Another intelligence source speaking to Fox News said")',
      'The Clinton Foundation acknowledged the donations. Another intelligence source speaking to Fox News said, "The agents are investigating the possible intersection of donations and contracts."',
      ['Another intelligence source']],
    ['"…, saying he “has…”": a pronoun running into the quote is the quote\'s own subject, not its speaker',
      'Tom Ryder campaigned in Iowa.\n\nMorton Blackwell, founder of the institute, endorsed Ryder last week, saying he "has consistently demonstrated his deep commitment to conservative principles."',
      ['Morton Blackwell']],
    ['a verb right before the quote beats a subject after it whose verb goes on to a clause of its own',
      'Mayor Jennifer Roberts said Friday that she thinks the video should be released but said "the question is the timing." Gov. Pat Lowe said it would be wrong for him to speak on it.\n\nBut even as Tom Ryder claimed on Tuesday that "General Petraeus got in trouble for far less," one of the former prosecutors for David Petraeus said the two cases were quite different.',
      ['Jennifer Roberts', 'Tom Ryder']],
    ['a subject after nothing but its role opens the sentence: "Band member Flea shared the news, writing “…”"',
      'News of the album spreads just as the Red Hot Peppers announced a benefit concert.\n\nBand member Flea shared the news last week, writing "Feels great to support someone I believe in, and he only accepts small donations."',
      ['Flea']],
    ['a quote with no cue belongs to the subject of its own clause: after an opening clause and a role, after "while" and an aside',
      'Tom Ryder picked a running mate. Fifteen minutes after Ryder was picked, Lowe campaign chairman John Podesta called the governor "the most extreme pick in a generation."\n\nGov. Bobby Jindal signed an order, while Mike Huckabee, the former Arkansas governor, proposed we "wake up and smell the coffee before it is too late."',
      ['John Podesta', 'Mike Huckabee']],
    ['…after the sentence before it, past a participle aside ("New Jersey Gov. Chris Christie, hoping to surge…, called Obama a “…”")',
      'Former Florida governor Jeb Bush called the orders "quite dangerous." New Jersey Gov. Chris Christie, hoping to surge in New Hampshire, called Obama a "petulant child who is acting as if he is a king."',
      ['Chris Christie']],
    ['…past a party and state in brackets ("Sen. Bernie Sanders (I-Vt.) called him divisive and accused him of…")',
      'Hillary Clinton said the plan would fail.\n\nIn a fiery takedown of the businessman, Sen. Tom Ryder (I-Vt.) called him divisive and accused him of keeping Americans from being able to "stand together to address the real issues facing this country."',
      ['Tom Ryder']],
    ['…of a relative clause that runs on to the quote ("Swanson praised Franklin Graham, who has vowed…“…”"), not one closed before it ("Cruz is praising Jeb Bush, who ended his bid…, as “…”")',
      'Kevin Swanson spoke on the radio. Later, Swanson praised evangelist Franklin Graham, who has publicly vowed not to buy the cookies because of the group\'s "support of transgender rights and all that goes with it."\n\nTed Cruz is praising Jeb Bush, who ended his bid for the White House on Saturday, as "a man who ran a campaign based on ideas and policy."',
      ['Franklin Graham', 'Ted Cruz']],
    ['…not a possessive name in an aside ("Corey Lewandowski, Donald Trump’s fired campaign manager, ripped…")',
      'Donald Trump spoke in Ohio.\n\nCorey Lewandowski, Donald Trump’s fired campaign manager, ripped the director for acting as "the judge and the jury in this whole sorry affair."',
      ['Corey Lewandowski']],
    ['"the columnist suggested" after "columnist Ai Jun wrote" is Ai Jun, though the sentence is about someone else',
      'Tom Ryder won again. "He is very cute with a big mouth," columnist Ai Jun wrote in the paper.\n\nBut Ryder has one thing in common with Chinese people, the columnist suggested: "His winning streak is proof that voters are tired of politics."',
      ['Ai Jun', 'Ai Jun']],
    ['a quote with no cue in a sentence an organisation opens is the organisation\'s, not the person quoted before',
      'Tom Ryder was acquitted in 2013. "I will sell it to the highest bidder," he wrote.\n\nThe Springfield Peace Foundation did not want to address him, telling reporters that the group is focused on "ending senseless gun violence in our cities."',
      ['Tom Ryder', 'Springfield Peace Foundation']],
    ['a dateline before the organisation is no subject ("PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released…")',
      'PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement on Monday, offering "a deep and sincere apology to the senator and his supporters."',
      ['Democratic National Committee']],
    ['with nobody else to give it to, a quote in a sentence opened by "the council" is the body named last',
      'The Springfield City Council on Wednesday approved a resolution.\n\nThe council voted 6-1 for the resolution, which said the city "condemns hateful speech from all of the candidates."',
      ['Springfield City Council']],
    ['"he" after "…may be “strategic,” said Jeffery Hemsley, a professor" or "…, noted Dante Chinn." is the one reported',
      'Tom Ryder spoke on Monday.\n\nRyder\'s misinformation may be "strategic," said Jeffery Hemsley, an assistant professor at Syracuse University. "Each candidate is talking to their base and to those they might persuade," he said.\n\nDebates are not likely to alter the race, noted Dante Chinn. "Debates happen late in the campaign, when most minds are made up," he said.',
      ['Jeffery Hemsley', 'Dante Chinn']],
    ['a description may hold a possessive: "the paper’s editorial board wrote" is the paper',
      'The Springfield Times weighed in on Sunday. “He is a politician selling his own brand of fiction to the country,” the paper’s editorial board wrote.',
      ['Springfield Times']],
    ['"he" after "And even Obama tried to help…" is the person past the conjunction and its adverb',
      'Justin Trudeau and Enrique Nieto gave diplomatic assurances. And even Obama tried to help them off the hook, noting that he would demur too.\n\n"When I visit other countries, it is not my job to comment on candidates," he said.',
      ['Obama']],
    ['a sentence opened by "His" is about someone already named, not a place in it ("…in San Bernardino, Calif., and his call for “…”")',
      'Tom Ryder won the primary.\n\nRyder’s way served him well. His standing improved after the shootings in San Bernardino, Calif., and his call for "a total and complete ban on all entries until we figure it out."',
      ['Tom Ryder']],
    ['"she" after "But his wife, Jane, offered a preview…" is the name in the aside',
      'Hillary Clinton said she would win New York. But his wife, Jane, offered a preview of the candidate\'s thinking in an interview.\n\n"If he is president, he wants to keep this movement going," she said.',
      ['Jane']],
    ['a role in lower case between the capitalised words after the verb and the person ("said Marquette pollster Charles Franklin")',
      'The race is close. "Clinton drew quite well from white voters in the primary," said Marquette pollster Charles Franklin.',
      ['Charles Franklin']],
    ['"the board said" is the body the article named with that noun, however far back ("the Illinois Board of Elections"); it is never a "he"',
      'Sen. Tom Ryder got a favorable decision from the Illinois Board of Elections, which ruled that he is eligible. ' + 'The hearing lasted all morning and the room was full. '.repeat(14) + '"The candidate is a natural born citizen by virtue of being born to his mother," the board said.\n\nTom Ryder thanked voters. The Illinois Board of Elections closed its hearing. He said, however, that he hopes "somebody else takes up the cause against him."',
      ['Illinois Board of Elections', 'Tom Ryder']],
    ['"…,” said Rep. Bobby Scott, adding that “…” Analyst David Bositis agreed that…": the verb before the quote continues its sentence\'s speaker',
      'In some parts of the country, the shift felt less dramatic. "It is not new in Virginia at all," said Rep. Tom Ryder (D-Va.) at the time, adding that "we have been electing them to office for a long time." Political analyst David Bositis agreed that the shift was a matter of geography.',
      ['Tom Ryder', 'Tom Ryder']],
    ['an age before the name after an opening phrase ("At a June event in Ohio, 62-year-old Brenda Johnson also railed…")',
      'Former press secretary Ari Fleischer said the party must change. At a June Trump campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson also railed against immigrants.\n\n"They should speak English in public, at least when they are at work," she said.',
      ['Brenda Johnson']],
    ['an ampersand inside an unnamed source\'s words ("one P&G Amiens employee told…")',
      'Pascale Boistard confirmed that Helal was on board. "We are shocked, Ahmed was a friend to us," one P&G Amiens employee told French television.',
      ['one P&G Amiens employee']],
    ['a person a colon hands the quote to ("…doesn’t surprise Republican pollster Daron Shaw: “…”"), not the object of "telling"',
      'Bernie Sanders surged in the poll. The timing of Sanders’ surge does not surprise Republican pollster Daron Shaw: "Lesser-known candidates beating establishment candidates have seen the biggest boost."\n\nTed Cruz was also critical of the stance, telling Breitbart London: "It is not going to happen any time soon, because our focus is elsewhere."',
      ['Daron Shaw', 'Ted Cruz']],
    ['with no cue, a sentence opened by an indefinite description and its verb speaks as written ("A footnote in the report notes…"), not a plural noun ("committee members calls")',
      '"It was a stand-down order," said the base chief.\n\nA 2014 House Intelligence Committee report found "no evidence that there was either a stand down order or a denial of support."\n\nA letter to platform committee members calls for the party to recognize that "radical terrorism poses an existential threat to freedom."',
      ['the base chief', 'A 2014 House Intelligence Committee report', 'A letter to platform committee members']],
    ['"the officer said" after a sentence opened by "A second CIA officer…" is that unnamed officer; "the union" after "A union" may be named',
      '"It took a good 15 minutes just to get ready," Bob said.\n\nA second CIA officer at the base that evening backed Bob\'s account. In an email provided to The Post, the officer said that "when asked if the team could respond, the answer was yes."',
      ['Bob', 'a second CIA officer']],
    ['…"One" and "Another" open such descriptions too ("One operative inside Trump Tower tried to downplay…, saying they were “…”")',
      'Paul Ryan said he was not ready to back Tom Ryder.\n\nOne operative inside Trump Tower tried to downplay the comments, saying they were "not a big deal around here at all."',
      ['One operative inside Trump Tower']],
    ['a word written with a full stop and a comma ("Aspen, Colo., the…") is an abbreviation, no speaker',
      'Carly Fiorina made up her mind. At a conference that month in Aspen, Colo., she ended her speech with a line she loves: "Every obstacle yields to stern resolve, every single one."',
      ['Carly Fiorina']],
    ['"what aide Kevin Phillips called “…”": the person who named the thing quoted',
      'While Tom Ryder ran a third-party campaign that year, Nixon’s strategy led to what aide Kevin Phillips called “the beginning of a new Republican era” in his book.',
      ['Kevin Phillips']],
    ['"Federal Election Commission" is a body, not a person "the man" could be; "the man" after "One man in Manchester…" is that unnamed man',
      'Tom Ryder filed with the Federal Election Commission on Monday.\n\n“We filed every single form on time,” the man said.\n\nOne man in Manchester interrupted the candidate:\n\n“They stole the whole country from us again,” the man shouted.',
      ['Tom Ryder', 'one man']],
    ['a conjunction and a few words may open the clause after a comma ("But that was last fall, and since then Ben Carson has seen…")',
      'Jim Walsh said the race was over. But that was last fall, and since then Tom Ryder has seen his standing tumble. "I am still here," he declared at the debate.',
      ['Tom Ryder']],
    ['with nobody else named, "she" is the latest person named by an honorific that fits ("Mrs. Clinton")',
      'The most telling promise Mrs. Ryder has made in clinching the nomination is that she will not overpromise. "We do not need any more of that," she has said.',
      ['Ryder']],
    ['"said the base chief known as Bob, speaking…": a description before a clause about it, as written',
      'The film shows a stand-down order.\n\n"There never was a stand-down order," said the base chief known as Bob, speaking publicly for the first time.',
      ['the base chief']],
    ['", according to a court document filed by X": the person it names, else the source as written',
      'Mara Quinn later tweeted a photograph.\n\n“The evidence cannot prove all legally required elements of the crime alleged,” according to a court document filed by state attorney Dave Aronberg.\n\n“Most Americans think the law goes too far,” according to an opinion poll released Thursday.',
      ['Dave Aronberg', 'an opinion poll released Thursday']],
    ['a verb right before a quote that ends its sentence beats the next sentence\'s "X said Wednesday she…"',
      'The office is investigating. In appealing for the inquiry, Attorney General Lisa Madigan asserted that "trust in the police department is broken." Candidate Mara Quinn said Wednesday she, too, wants an inquiry.',
      ['Lisa Madigan']],
    ['"the group said" after "Black Lives Matter issued a statement": whoever issued a statement speaks, organisation word or not',
      'Mara Quinn led the parade.\n\nBlack Lives Matter issued a statement saying it took the action because of the conditions.\n\n"For us, celebrating this year meant choosing between two threats," the group said in a statement.',
      ['Black Lives Matter']],
    ['"the organizer told them" after "an organizer": a person the article brought in unnamed, as written',
      'Betsy Ebeling came to help her oldest friend. Ebeling and her husband were greeted by an organizer at a field office.\n\n“You guys are going to be the most effective messengers,” the organizer told them.',
      ['an organizer']],
    ['"the Utah Republican asks": a place or party and a role describe someone named',
      'House Oversight Committee Chairman Jason Chaffetz wrote on Tuesday. In the letter, the Utah Republican asks for an investigation to determine whether "the secretary or her employees violated statutes that prohibit destruction of records."',
      ['Jason Chaffetz']],
    ['a capital with digits is an organisation\'s acronym, not a person: "said L2 president Bruce Willsie"',
      'The campaign bought data from the firm L2.\n\n“It was a sizable purchase of data,” said L2 president Bruce Willsie, who declined to give a price.',
      ['Bruce Willsie']],
    ['a capitalised run ending in a role is the role, not the person after it ("Sirius XM Vice President for news Dave Gorab called…")',
      'Stephen Bannon will interview guests. Sirius XM Vice President for news and talk Dave Gorab called the show “the conservative news show of record.”',
      ['Dave Gorab']],
    ['"he" after a sentence whose subject is a woman named in full goes to the sentence before, not to her husband',
      'Bill Walsh spoke in May.\n\nTom Ryder captured the primary in Vermont, his first win of the night. His opponent, Hillary Walsh, won Georgia and Virginia.\n\nHe told the raucous crowd that it meant a lot to him that “the people who know me best” gave him a victory.',
      ['Tom Ryder']],
    ['"Anne" is a woman\'s name: "he" after "Anne Marie Murphy said…" is Chris Murphy',
      'Chris Murphy was elected in 2006. His mother, Anne Marie Murphy, taught school.\n\nAnne Marie Murphy said the family was proud.\n\n“The primary has moved him on the issue of guns,” he said.',
      ['Chris Murphy']],
    ['"the protesters chanted": a group as written, and no later "he"',
      'Tom Ryder got a heated reception outside a coffee shop.\n\nHolding signs calling Ryder a loser, the protesters chanted "Tom Ryder: Bad for the state, bad for you."\n\nRyder slipped in a back door. "I love hearing from my favorite critics," he said.',
      ['the protesters', 'Tom Ryder']],
    ['a description after a preposition is no subject ("walk into the polls saying “…”"), nor a name after "to the"',
      'John Kasich says he would be doing nothing more than asking people to walk into the polls saying "Hey, vote for me, everyone."\n\nIn a statement to the Observer, her senior policy adviser, Jake Sullivan, said: "She has always valued a strong and united Europe."',
      ['John Kasich', 'Jake Sullivan']],
    ['"the Democrat convention committee said": lower-case words before the verb end a body\'s description',
      'Hillary Clinton chose Tim Kaine. The platform changed.\n\nIn a press release earlier this month, the Democrat convention committee said about its platform:\n\n"The platform goes further than previous platforms on these rights."',
      ['the Democrat convention committee']],
    ['"the man" is no "she"',
      'Chancellor Angela Merkel warned against hate.\n\nIn October, a judge sentenced a 26-year-old man after the man had posted on Facebook. "They should all be sent away," the man wrote.\n\n"We will not let hate win in our country," she said.',
      ['a 26-year-old man', 'Angela Merkel']],
    ['a name after a preposition and "the" is no subject ("In the depths of the Great Recession, Paul Ryan worried that “…”")',
      'Republican elites have relied on such ideas for years. In the depths of the Great Recession, Paul Ryan worried that the safety net was becoming “a hammock that lulls able-bodied people to lives of dependency.”',
      ['Paul Ryan']],
    ['a quote after "X issued a statement…" with no cue of its own is that statement',
      'Debbie Wasserman Schultz said she would resign.\n\nAt Donna Brazile’s direction, the DNC issued a statement apologizing to Sanders for the emails.\n\n“On behalf of everyone at the DNC, we want to offer a deep and sincere apology to Senator Sanders.”',
      ['DNC']],
    ['"According to the Daily Caller, “…": the body named after "the"',
      'Senator Rand Paul asked tough questions. According to the Daily Caller, “The reporter also coordinated with the aide to post a favorable quote.”',
      ['Daily Caller']],
    ['an adverb or a pronoun-like word opening the sentence is no part of a name ("Interestingly Blocher", "Nothing the president said")',
      'Christoph Blocher led the party. Interestingly Blocher denied it, saying “the party never attacked anyone in its campaigns.”\n\nSen. Marco Rubio spoke on Fox News. Nothing the president said "will assuage people\'s fears," the Florida senator said.',
      ['Christoph Blocher', 'Marco Rubio']],
    ['a dash and a name closing the line sign the quote',
      'Readers wrote to us.\n“Donald Trump started attacking us at the beginning.” ― Karen Bobadilla.\n“I just hope this campaign gives us a voice.” — Jorge Falcon',
      ['Karen Bobadilla', 'Jorge Falcon']],
  ]);

  test('"who said" after an aside is about the aside\'s noun: the capitalised words opening the sentence are not speaking', () => {
    const t = 'Jim Walsh spoke in Phoenix.\n\nIn Mexico City, Tom Ryder endured a lecture from the Mexican president, who said that the treaty has been good for "the United States as well as Mexico" and more.';
    expect(speakers(t)[0]).not.toMatch(/Mexico/);
  });

  test('a name before the quote beats a pronoun in its interruption', () => {
    expect(speakers('Judge Ann Corley heard the case. The government ignored the rest.\nBrafman said, “The zeal with which this case was brought is unusual.” He added, “In this case things happened that are not ordinary.”')[0]).toBe('Brafman');
  });
});

test('a capitalised run with a number names an event, not a person: later "ujarnya" stays with the speaker', () => {
  const t = 'Menteri Riset dan Teknologi Bambang Brodjonegoro meninjau pameran alat kesehatan. '
    + '”Bukan buat gagah-gagahan, tetapi inovasi yang dibutuhkan masyarakat,” ujarnya dalam Bakti Inovasi untuk Penanggulangan Covid-19 di Gedung Sate.\n'
    + 'Ia menyebutkan, alat pengumpul spesimen pun harus didatangkan dari negara lain. ”Muncul kesadaran, ini alat sederhana, tinggal dibuat di dalam negeri,” ujarnya.';
  expect(findQuotes(t, 'id').map((q) => q.speaker)).toEqual(['Bambang Brodjonegoro', 'Bambang Brodjonegoro']);
});

describe('descriptions, bodies and clauses read in the seventeenth session', () => {
  englishSpeakerCases([
    ['"the RNC member said" when the article gave no RNC member a name is that person as written, not the last name',
      'Donald Trump paid his own firms. The bulk now comes from outside donors.\n\n“Nobody cares when you spend your own money,” the RNC member said.',
      ['the RNC member']],
    ['"the Florida senator said" still names the senator the article named',
      'Florida Sen. Marco Rubio spoke on Monday about Donald Trump.\n\n“I stand by everything I said,” the Florida senator said.',
      ['Marco Rubio']],
    ['"The commission says" is the body named with that noun and its "on …"',
      'The nonpartisan Commission on Presidential Debates says there was a problem with Donald Trump’s microphone.\n\nThe commission says on its website that “there were issues regarding the audio in the hall.”',
      ['Commission on Presidential Debates']],
    ['a role with a title\'s full stop and a possessive before the name as an aside',
      'Donald Trump met his allies.\n\n“Eventually, positions are going to soften on him,” California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told reporters.',
      ['Joe Kasper']],
    ['an unnamed source with the place it speaks from ("a narrator in the Clinton ad asks")',
      'Donald Trump may have paid no tax.\n\n“You work hard. You pay your taxes. So why didn’t he pay his?” a narrator in the Clinton ad asks.',
      ['a narrator in the Clinton ad']],
    ['a day before a participle is no speaker ("tweets early Friday saying")',
      'Donald Trump is doubling down.\n\nTrump unleashed a series of tweets early Friday saying that Hillary Clinton had used a former winner “as a paragon of virtue in her campaign.”',
      ['Donald Trump']],
    ['a pronoun after a conjunction opens the clause ("And she is sure…:"), whatever name follows',
      'Deborah Reynolds runs the station. “He protests every day,” she says.\n\nAnd she is sure that keeping Santilli in jail will only make his voice louder: “They are creating a monster out of him.”',
      ['Deborah Reynolds', 'Deborah Reynolds']],
    ['"…,” and contrasted the candidate… with Clinton: “…”": a verb joined to the previous quote\'s sentence hands on its speaker',
      'Tom Perez spoke in Virginia. Perez hammered Trump, calling him a “train wreck” and “outsourcer in chief,” and contrasted the Republican candidate with Clinton: “What I have seen working with her is a steady hand.”',
      ['Tom Perez', 'Tom Perez']],
    ['a compass word that ends a full name of the article is that person ("West landed a sharp dig at “…”")',
      'Tad Devine spoke for the campaign, and author Cornel West took the conversation.\n\nFilling in for Sanders at the event, West landed a sharp dig at “my dear sister in the other campaign.”',
      ['Cornel West']],
    ['"said the senior Cruz adviser": a surname inside a description the article gave no name to',
      'Committee chairman Roger Wicker said he expects Ted Cruz to play a role.\n\n“I think politicians are practical people,” said the senior Cruz adviser.',
      ['the senior Cruz adviser']],
    ['a description with the name and an age as an aside opens the sentence before, after a quote closing a sentence',
      'At a rally, 14-year-old Aubrey Pelletier hoisted a sign that read "15%!" Her father, Brad, 39, worried that voters limit the news they read.\n\n"People are afraid of wasting their votes," he surmised.',
      ['Brad']],
    ['"in what X, a role, called “…”": the person who named the thing quoted',
      'Paul Manafort protected the delegates in 1976, in what Bay Buchanan, national treasurer for the campaign, called “hand-to-hand combat at the convention.”',
      ['Bay Buchanan']],
    ['"this tweet from X who tweeted, “…”": a relative clause without its comma',
      'David Waters wrote about the debate.\n\nAmong many references was this tweet from Rikkie Wells who tweeted, “You see, she thinks she is above the rules.”',
      ['Rikkie Wells']],
    ['a party and state in brackets and a long aside between a name and its verb: the quote after is that person\'s',
      'Democratic Gov. Jay Nixon tweeted his approval of the filibuster. On the other side, Sen. Ted Cruz (R-Tex.), a Republican candidate for president who has made religious liberty a centerpiece of his campaign, tweeted a warning. "Missouri: Remember in November the Democrats who filibustered."',
      ['Ted Cruz']],
    ['a sentence reported by ", he says." passes "he" on to the person before it',
      'Nargis Kassenova teaches in Almaty. Kazakhstan’s foreign minister, Erlan Idrissov, plays down concerns. China may outnumber the country, but its growth is good news, he says.\n\n"Our philosophy is simple: we should get on board that train," he said in an interview.',
      ['Erlan Idrissov']],
    ['an indefinite description and "said" before a scare quote: the quote after it is the description\'s',
      'Hillary Clinton ran the department.\n\nOne intelligence source said agents would be “screaming” if nothing happens because “many previous cases have been made with much less evidence.”',
      ['One intelligence source']],
    ['"the 43-year-old asked" is the person before a photo\'s credit line, not the photographer',
      'Comedian Peter Serafinowicz posted the clip to YouTube on Thursday.\n\nNeilson Barnard via Getty Images.\n\n“What if Donald Trump had elocution lessons?” the 43-year-old asked in the description.',
      ['Peter Serafinowicz']],
    ['an age before the name opening the sentence: the quote with no cue is that person\'s',
      'Richard Viguerie backs Cruz. “He checks all our boxes,” Viguerie adds.\n\n76-year-old Morton Blackwell, founder of the Leadership Institute, endorsed Cruz last week, saying he “has consistently demonstrated his deep commitment to principles.”',
      ['Richard Viguerie', 'Morton Blackwell']],
    ['"The RNC, in its summary, emailed": initials after "The" name a body, not someone named before',
      'Sanders strategist Tad Devine spoke on Monday.\n\nThe RNC, in its daily media summary Monday, emailed a news article reporting that “Clinton is showing flashes of frustration in this race.”',
      ['RNC']],
    ['"On its official website, the FBI lists “…”": a body after an opening phrase',
      'The Clinton Foundation describes its work. “We keep score by the lives that are saved,” the foundation says.\n\nOn its official website, the FBI lists “public corruption as the top criminal priority.”',
      ['Clinton Foundation', 'FBI']],
    ['"a source close to the campaign" is the whole description; "Navy Capt. Jeff Davis" is Jeff Davis',
      'Bill Clinton has offered advice.\n\n“He speaks to her almost every day now,” said a source close to the campaign.\n\n“I don’t see how Orlando would change the strategy,” said Pentagon spokesman Navy Capt. Jeff Davis.',
      ['a source close to the campaign', 'Jeff Davis']],
    ['"Conservative icon Phyllis Schlafly, who died…, used her column": the full name after a capitalised word and a noun',
      'The Conservative Case for Trump is a book.\n\nConservative icon Phyllis Schlafly, who died Monday at the age of 92, used her final column to praise the candidate.\n\n“Trump is the first candidate since Reagan who is comfortable with voters,” she wrote.',
      ['Phyllis Schlafly']],
    ['…but "Roloson supports Democrat Hillary Clinton" is about Roloson',
      '“I have student loans,” says Melissa Roloson, 32, of Sodus.\n\nRoloson supports Democrat Hillary Clinton in the race. “I want my children to go to college without debt,” she says.',
      ['Melissa Roloson', 'Melissa Roloson']],
    ['a quote opening its sentence after one reported by "she said" (and by no name) is hers',
      'Sanders said he would release his tax return Friday.\n\nHillary Clinton repeatedly invoked President Obama. In response to the charge that she has been weak on climate, she said she and Obama had made progress. "I really believe that the president has done an incredible job against great odds."',
      ['Hillary Clinton']],
    ['a show ("The Steve Harvey Morning Show") is no person: "she" after it is the subject after the opening phrase',
      'Police officer Betty Shelby shot Terence Crutcher.\n\nOn The Steve Harvey Morning Show on Tuesday, Hillary Clinton criticized the officer for shooting an unarmed man.\n\n“How many times do we have to see this in our country?” she said.',
      ['Hillary Clinton']],
    ['"he" is no unnamed source described with "a"',
      'Tom Perez is Labor secretary. “Will he be the next attorney general?” a staffer in the room asked.\n\nHis faith matters to him, and he said he often thinks of his parents: “In order to get to heaven, you have to have letters of reference.”',
      ['a staffer in the room', 'Tom Perez']],
  ]);
});

test('a street ("Jalan Kedung Cowek Surabaya") is no person: "katanya" stays with the mayor', () => {
  const t = 'Wali Kota Surabaya Tri Rismaharini berkeliling kota. Rombongan melewati Jalan Kapas Krampung dan menuju Jalan Kedung Cowek Surabaya. '
    + 'Di sepanjang jalan, Risma mengingatkan warga memakai masker. ”Ayo maskernya tolong dipakai, masih banyak yang sakit,” katanya melalui pengeras suara.';
  expect(findQuotes(t, 'id').map((q) => q.speaker)).toEqual(['Tri Rismaharini']);
});

describe('descriptions and names read in the eighteenth session', () => {
  englishSpeakerCases([
    ['"said the former top aide to President George W. Bush": the description with what it is of or to, not Bush',
      'Ari Fleischer wrote the report. Donald Trump won.\n\n“If he loses, he’ll give more credence to our report,” said the former top aide to President George W. Bush.',
      ['the former top aide to President George W. Bush']],
    ['a title opened in the description is closed in it',
      'The party published a report.\n\n“We have to engage them,” wrote the authors of the “Growth and Opportunity Project,” giving an example.',
      ['the authors of the “Growth and Opportunity Project”']],
    ['"said the head of the rules committee" holds no "he"',
      'Reince Priebus spoke on Monday.\n\n“The rules are the rules,” said the head of the rules committee.',
      ['the head of the rules committee']],
    ['"posted the clip to YouTube on Thursday" is no speaker: a clause follows the description',
      'Peter Serafinowicz, a comedian, posted the clip to YouTube on Thursday.\n\n“What if Donald Trump spoke like a gentleman?” he asked.',
      ['Peter Serafinowicz']],
    ['a sentence opened by a subordinate clause has its subject after the clause, before anyone reported inside it',
      'Rachel Maddow interviewed Hillary Clinton on Wednesday.\n\nWhen Maddow pointed out that Sanders calls it "Medicare for all," Clinton seized upon the reference. "Medicare for all is not the same if you turn it over to governors," she said.',
      ['Hillary Clinton']],
    ['…in the quote\'s own sentence, where the subordinate clause\'s verb of saying speaks no quote',
      'Rachel Maddow interviewed Hillary Clinton on Wednesday.\n\nWhen Maddow asked about the plan, Clinton shook her head: "It is not the same if you turn it over to governors."',
      ['Hillary Clinton']],
    ['a roundup\'s source after a dash or "from", before a colon, is the speaker as written, each name in full',
      'Mark Blumenthal and Jon Cohen run the poll.\n\nMedia shares blame in Iowa poll overhype - HuffPollster: “Pollsters are taking a lot of heat from the public this week.”\n\nSigns of momentum were there all along - More from Blumenthal and Cohen: “Data collected by our firm helps confirm it.”',
      ['HuffPollster', 'Mark Blumenthal and Jon Cohen']],
    ['a number among a description\'s words after the verb ("said 9/11 widow Terry Strada")',
      'Josh Earnest defended the veto on Friday.\n\n“The president’s rationales do not hold weight,” said 9/11 widow Terry Strada.',
      ['Terry Strada']],
    ['a sentence whose opening names no one is about the person in it who acts ("the campaign Ayotte hoped to be running")',
      'Democrats attack Kelly Ayotte. Gov. Maggie Hassan is running against her.\n\nThis is not the kind of campaign Ayotte hoped to be running. She acknowledges that she did not expect the questions.\n\n"You have to deal with the conditions you are given," she said.',
      ['Kelly Ayotte']],
    ['…"Did that mean Garcia would vote for Trump?"',
      'Joe Smith works nights. "I make $20 an hour," he said.\n\nDid that mean Agusein Garcia would vote for Trump?\n\n"No, no, no, no," he said, laughing.',
      ['Joe Smith', 'Agusein Garcia']],
    ['a sentence about no one ("That worries environmentalists.") passes "he" back, past "But right now, he…"',
      'Tom Clarke bought the mine. Phil Smith, a miner, said the sale went well.\n\nUltimately, Mr. Clarke hopes to offset all of the emissions. But right now, he is offsetting only 10 percent. That worries environmentalists. "It is all I can afford," he said.',
      ['Tom Clarke']],
    ['…but not to a name inside a reported clause ("said that Bujnowski had seen")',
      'Donald Trump defended his manager. Beyond the footage, the affidavit said that Marc Bujnowski had seen bruises. They "appeared to be several finger marks, consistent with a grab."',
      [null]],
    ['"he" is no place that reads like a name ("Sandy Hook")',
      'Chris Murphy ran for the House. He did not work on guns until Sandy Hook.\n\nIn that sense, Sandy Hook was a personal summons. "This was something different," he added.',
      ['Chris Murphy']],
    ['an unnamed source, a modal and an adverb before the verb ("could only quip"); the name a role serves is not the source',
      'Bernie Sanders wanted more debates.\n\nThe scheduling was so odd that a spokesman for Bernie Sanders could only quip: "I guess Christmas Eve was booked."',
      ['a spokesman for Bernie Sanders']],
    ['a description and the name as an aside after an opening phrase ("On CNN Tuesday, his wife, Jane, called…")',
      'Bernie Sanders laid off staff, said Tad Devine, his strategist.\n\nOn CNN Tuesday, his wife, Jane, called for an open primary process. "Shutting people out of the process is not smart," she said.',
      ['Jane']],
    ['…in the quote\'s own sentence too',
      'Rachel Maddow interviewed Hillary Clinton on Wednesday.\n\nWhen Maddow asked about the plan, Clinton shook her head: "It is not the same if you turn it over to governors," she said.',
      ['Hillary Clinton']],
  ]);
});

describe('gender written before a name', () => {
  englishSpeakerCases([
    ['a word right before a name says its gender before the first name does ("9/11 widow Terry Strada" is a "she")',
      '“Denying us justice is un-American,” said 9/11 widow Terry Strada. White House spokesman Josh Earnest said the president would veto the bill.\n\nStrada accused the Saudi government of trying to intimidate the families. “Nobody should make us wait another day for this bill,” she said.',
      ['Terry Strada', 'Terry Strada']],
    ['…not "spokesman", which news style gives women too ("Trump spokesman Hope Hicks")',
      'Trump spokesman Hope Hicks confirmed the group was independent. Roger Stone founded it.\n“We have no ties to the campaign at all,” she said.',
      ['Hope Hicks']],
  ]);
});

describe('names and cues read in the twenty-first session', () => {
  test('German capitalises every noun: no capitalised word or run is a speaker but a name with a first name', () => {
    const junk = 'Schlagfertige Sprüche für alle Lebenslagen\nWenn die Computerhotline dich fragt, ob du den Rechner neu gestartet hast:\na) "Nein, darauf bin ich noch gar nicht gekommen. Sie sind ein Genie!"';
    expect(findQuotes(junk, 'de').map((q) => q.speaker)).toEqual([null]);
    const named = 'VW-Chef Herbert Diess sprach am Dienstag vor der Belegschaft in Wolfsburg. "Wir müssen miteinander reden", sagte Diess.';
    expect(findQuotes(named, 'de').map((q) => q.speaker)).toEqual(['VW-Chef Herbert Diess']);
  });
  test('German cues: "sagte er/sie", "so X"; "der" after a name is the article, not part of it', () => {
    const t = 'Die Strompreise steigen. "Gemessen an der ganzen derzeitigen Lage ist das viel", sagte Forschungsdirektor Joachim Mnich der Deutschen Presse-Agentur. '
      + 'Betriebsratschefin Daniela Cavallo widersprach. "Das ist so nicht richtig und falsch", sagte sie. "Wir müssen jetzt wirklich miteinander reden", so Mnich.';
    expect(findQuotes(t, 'de').map((q) => q.speaker)).toEqual(['Forschungsdirektor Joachim Mnich', 'Betriebsratschefin Daniela Cavallo', 'Forschungsdirektor Joachim Mnich']);
  });

  test('a heading\'s word before a sentence opened by "Di" is no name ("Ketat Di tengah…")', () => {
    const t = 'Ketat Di tengah kondisi serba sulit, ribuan orang rentan menganggur. Deden (27) merasakan persaingan berat itu. Dia bekerja sebagai karyawan kontrak. ”Ketat sekali persaingan kerja di Karawang,” katanya.';
    expect(findQuotes(t, 'id').map((q) => q.speaker)).toEqual(['Deden']);
  });
  test('no body is a person: an acronym of the words before it ("Hak Asasi Manusia HAM"), an airport ("Bandara Soekarno Hatta"), a company\'s "Tbk"', () => {
    const t = 'Komisi Nasional Hak Asasi Manusia HAM menilai kebijakan itu tidak sinkron. Kepala Bagian Pengkajian Komnas HAM Mimin Dwi Hartono dalam diskusi bertema ”Reviu Periodik IV” di Jakarta mengatakan, larangan mudik berubah. Puncaknya, terjadi penumpukan di Bandara Soekarno Hatta. ”Ini adalah konsekuensi dari kebijakan yang tidak sinkron,” katanya. '
      + 'Presiden Direktur PT Bank Central Asia Tbk Jahja Setiaatmadja berpendapat, anggaran lebih efisien. ”Pelatihan dan dinas keluar kota ditekan,” ujarnya.';
    expect(findQuotes(t, 'id').map((q) => q.speaker)).toEqual(['Mimin Dwi Hartono', 'Jahja Setiaatmadja']);
  });
  test('a "-nya" quote after someone brought in with an age since the last quote is theirs, unless someone named after a role follows', () => {
    const t = '”Akses menuju lokasi terhambat karena banyak titik longsor,” ujar Budi Budiman, Sabtu. Enuyrohman (43), warga Leles, mengatakan, puluhan rumah tangga mengungsi. Selain menggenangi rumah, banjir juga merendam sawah. ”Hujan berhenti sekitar pukul 02.00. Saat ini banjir surut,” katanya. '
      + 'Minuk (28), warga Grogol, misalnya, menyayangkan kondisi saat ini. Terkait itu, Imam Besar Masjid Istiqlal Nasaruddin Umar memaklumi respons warga. Dia sendiri masih membiasakan diri. ”Di masa Ramadhan yang hanya datang sekali, sia-sia jika marah,” ujarnya.';
    const speakers = findQuotes(t, 'id').map((q) => q.speaker);
    expect(speakers.slice(0, 2)).toEqual(['Budi Budiman', 'Enuyrohman']);
    expect(speakers[2]).not.toBe('Minuk');
  });
  test('"pesan X" after a quote is X\'s advice', () => {
    const t = 'Husain Abdullah mendampingi. Saat memberikan pengarahan, Kalla mengatakan, pelibatan TNI diperlukan. ”Kita memerlukan keterlibatan pihak TNI karena mereka sangat disiplin,” pesan Jusuf Kalla saat memberikan pengarahan.';
    expect(findQuotes(t, 'id').map((q) => q.speaker)).toEqual(['Jusuf Kalla']);
  });
  test('one name and an age in brackets, reported speaking ("Amir (37), mengaku, …"), speaks the "-nya" quote after, not a place', () => {
    const t = 'Dalam perjalanan dari Rawa Belong ke Tanah Abang, penumpang sedikit. Sopir tembak M 08, Amir (37), mengaku, aparat tidak pernah memeriksa mobilnya. Beberapa kali penumpangnya duduk di depan. ”Tetapi, lewat-lewat saja,” katanya.';
    expect(findQuotes(t, 'id').map((q) => q.speaker)).toEqual(['Amir']);
  });
  test('…but the person brought in with an age who opens the sentence right before beats one reported further back', () => {
    const t = 'Terkait kebijakan itu, Iqbal Ilham (31), pekerja swasta, Rabu (13/1/2021), menyatakan, dirinya berpikir ulang. Ia akhirnya menggunakan kereta. Fikri Nur Fakhmi (29), yang hendak kembali ke Ternate, juga khawatir dengan aturan baru. ”Namun, ada maskapai yang menerapkan jarak kursi,” ujarnya.';
    expect(findQuotes(t, 'id').map((q) => q.speaker)).toEqual(['Fikri Nur Fakhmi']);
  });

  englishSpeakerCases([
    ['a person named after an organisation\'s possessive opening the subject ("The Daily Ledger\'s Ana Ruiz explained")',
      'Jeb Bush endorsed Cruz on Wednesday.\n\n"Securing the endorsement is a coup for Cruz, who is not well liked," The Daily Ledger\'s Ana Ruiz explained.',
      ['Ana Ruiz']],
    ['"another" alone before its verb is another unnamed source, of the kind the quote before named ("one user" → "another user")',
      'Chinese users mocked Donald Trump. "Trump is very cute with a big mouth," one user wrote. "I hope he reigns over the United States for years," another wrote.\n\nAnother tweeted, "That way I can watch the comedy that is the United States for years."',
      ['one user', 'another user', 'Another user']],
    ['…and as written after a named speaker',
      'David Waters responded on Monday. Waters tweeted, "Trump did the same last week at the debate."\n\nAnother tweeted, "Clinton thinks she is above the rules and the law."',
      ['David Waters', 'Another']],
    ['a short quoted phrase inside the aside between the name and its verb ("wearing “Ted Cruz” pins, said")',
      'Donald Trump spoke at length. Not everyone was claiming success.\n\n“We have had more successful conventions than this one,” Texas delegate Ray Holt, wearing a cowboy hat and “Ted Cruz” campaign pins, said as confetti fell.',
      ['Ray Holt']],
    ['"the report stated" is the report, not the person named before it',
      'Mitt Romney lost in 2012.\n\n"The nation’s demographic changes add to the urgency of recognizing how precarious our position has become," the report stated.',
      ['the report']],
    ['a speech verb after a possessive is a noun ("Given his past comments on…" is no one speaking)',
      'Donald Trump said the deadlock has "kept us safe" before claiming that open borders are "tearing American families apart." Given his past comments on building a wall, it is safe to say he means the border.',
      ['Donald Trump']],
    ['a verb of naming joined to the previous quote\'s sentence: its object is no speaker ("and called National Nurses United “…”")',
      'The union is paying for a bus tour. Bernie Sanders thanked its members "for their support in my campaign" and called National Nurses United "one of the sponsors of my campaign and I appreciate that."',
      ['Bernie Sanders', 'Bernie Sanders']],
    ['a name after "while" past the quote opens the next clause; the quote is the sentence\'s subject\'s',
      'Most Republicans will back Trump. New Hampshire Sen. Kelly Ayotte’s campaign, for example, said she would "support the nominee" but "isn’t planning to endorse anyone this cycle," while Texas Rep. Louis Gohmert suggested he would only offer conditional support.',
      ['Kelly Ayotte']],
    ['"Trump continued to hurt his cause" reports no speech: "he" is the one who said so',
      'Donald Trump faces trouble on the local level. Brian Murphy, the chairman of the county party, for example, said Trump continued to hurt his cause locally by taking on Sen. Kelly Ayotte. "I don’t think it’s cut well for him," he said.',
      ['Brian Murphy']],
    ['a first name the article goes by, reported speaking ("Bob said he arrived…"), is the "he" of the quotes after',
      '"No one will mistake this movie for a documentary," CIA spokesman Ryan Cole said.\n\nA rumpled figure with gray whiskers, Bob said he arrived in Benghazi as base chief in 2011. Under his command were the security team and others.\n\nThe book accuses Bob of treating the contractors badly. He said that is a "distortion," describing the team as accomplished. "These guys were heroes," he said.',
      ['Ryan Cole', 'Bob']],
    ['…not when someone else heard the name say it ("heard Bob say")',
      'Bob ran the base. In an email, Mitchell Zuckoff said that two contractors "heard Bob say" stop. He added that the account should "be seen through the lens of hindsight and nothing else."',
      ['Mitchell Zuckoff']],
    ['"From Bush\'s Facebook post:" is Bush\'s writing',
      'Jeb Bush endorsed Ted Cruz. Aides say the former Florida governor plans to "actively support" Cruz. From Bush\'s Facebook post: "For the sake of our party and country, we must move to overcome the divisiveness."',
      ['Jeb Bush']],
    ['a sentence opened by "Another said" far from its quote is another unnamed source\'s',
      'Chinese users mocked Donald Trump. "Trump is very cute with a big mouth," one user wrote.\n\nAnother said he hoped with his "whole heart" that Trump wins the election: "That way I can watch the comedy that is the United States for years."',
      ['one user', 'Another user']],
    ['"the order released Friday said": a document\'s noun before the participle describing it',
      'Donald Trump sued. Curiel seemed unconvinced. Trump\'s "assertion that the information retains any commercial value is speculative," the order released Friday said.',
      ['the order released Friday']],
    ['people who issued a statement in the quote\'s own sentence, each in full ("Trump and Ryan issued a statement describing…")',
      'Donald Trump and House Speaker Paul Ryan pledged to work together on Thursday.\n\nTrump and Ryan issued a statement describing their meeting as a "very positive step toward unification and common ground."',
      ['Donald Trump and Paul Ryan']],
    ['a number in a body\'s name before a role and the name ("Fight for $15 organizing director Kendall Fells")',
      'The movement plans to protest the debate, the Daily Caller reports.\n\n"They have to decide whether to feed themselves or their kids," Fight for $15 organizing director Kendall Fells told a local station.',
      ['Kendall Fells']],
    ['a body named inside the quote before is not the body a description after it means ("the release added")',
      'On Thursday, the Republican Party of Wyoming announced she was not coming.\n\n"The campaign has informed the party that Sarah Palin will not be attending the State GOP Convention," the release said.\n\n"The campaign has not said whether another surrogate will be in Casper," the release added.',
      ['Republican Party', 'Republican Party']],
    ['a quote signed on the line below with what the person was doing ("-President Obama, tweeting after the speech.")',
      'Harry Reid spoke. "He can have briefings," Reid said.\n\n"Great speech. She is tested. She is ready. That is why Hillary should be next."\n\n-President Obama, tweeting after Clinton\'s speech.',
      ['Harry Reid', 'Obama']],
    ['a quote left open on its paragraph and closed after the line that signs it ("…for her here.⏎S.C. Rep. Jim Clyburn."")',
      'Donald Trump won Iowa.\n\n"The reality is, if she loses Iowa and New Hampshire, that could create new problems for her here.\nS.C. Rep. Jim Clyburn."\n\n"I worry that we may see a resurgence of the old virtues.\nDean Baker, Center for Economic and Policy Research."',
      ['Jim Clyburn', 'Dean Baker']],
    ['"as X put it" after the quote',
      'Dianne Feinstein objected to the program. "It sends a terrible message to millions of immigrants waiting their turn," as Marco Rubio put it.',
      ['Marco Rubio']],
    ['after a quote closed by a full stop, a subject whose verb opens a clause begins the next sentence',
      'Sen. Tom Cotton called the deal a "disaster for our security interests in the region." Sen. Ben Sasse said that the deal "rewards the regime for its bad behavior."',
      ['Tom Cotton', 'Ben Sasse']],
    ['a place and a noun before a role ("Trump’s Virginia state director, Mike Rubino") are no person',
      'Donald Trump ran a quiet data operation. In early October, Trump’s Virginia state director, Mike Rubino, reached out to the firm, writing in an email: “We want to utilize this as soon as possible.” Steve Adler, the firm’s owner, said the campaign has yet to follow up.',
      ['Mike Rubino']],
    ['one of a people or a faith ("Muslim refugees") is no subject',
      'The test originated with Donald Trump, who proclaimed in July that Christians fleeing Syria "cannot come into this country" but Muslim refugees from Syria "can come in so easily." Trump, later alleging that Obama wanted them, said he would deport refugees.',
      ['Donald Trump', 'Donald Trump']],
    ['"It added" is the body or writing that spoke last, or an organisation reported since',
      'George Zimmerman listed the gun used to kill Trayvon Martin. "Mr. Zimmerman never contacted anyone at the site before the listing was created," the company wrote in its statement.\n\nIt added, "We want no part in the listing on our web site or in any of the publicity."\n\n"I am a free American and I can sell what I like," Zimmerman said. The Washington Post reported that Klein was gathering material. It added, "the visit comes as Trump promises to debut new attacks on the stump."',
      ['the company', 'the company', 'George Zimmerman', 'Washington Post']],
    ['a quote opening its sentence after one reported at its end by a description ("…, the editorial board writes.")',
      'Nikki Haley gave the response. Haley is an "articulate conservative" who has won two elections in the state, the editorial board writes. "It is a sign of the party’s distemper that some conservatives denounced her."',
      ['the editorial board']],
    ['a writing that speaks in no one\'s voice ("the lawsuit says") is shown as written, not someone named before',
      'Bernie Sanders spoke in Phoenix. Since that ruling, Arizona has engaged in "consistent activity that has created a culture of voter disenfranchisement," the lawsuit says.',
      ['the lawsuit']],
    ['a sentence opened by a role in lower case ("But the former president showed…") passes "he" to the one before',
      'Jeb Bush spoke in Iowa. Clinton\'s husband, Bill, hurled the kitchen sink at Sanders in a speech Sunday. But the former president showed considerable restraint Monday.\n\n"The hotter this election gets, the more I wish I was just a former president," he said.',
      ['Bill']],
    ['a compass word and a name ("South Bronx") and a date ("Election Day") are no speakers; a roundup\'s "by X:" names its writer',
      'NOW OPEN - "Pop-up art show strives to confront gentrification," by DNAinfo\'s Eddie Small: "Curators of a pop-up art show in the South Bronx are determined to confront the fears."\n\nLarry Sabato spoke. He added that something "has to be big" for the numbers to drop between now and Election Day, such as "a surprise recession or some very serious domestic terrorism."',
      ['Eddie Small', 'Larry Sabato', 'Larry Sabato']],
    ['"…,” read one." is an unnamed one; "a welcome message on the website reads" keeps where it is',
      'Skywriting planes filled the skies over Donald Trump country. "America is great! Trump is disgusting," read one.\n\nRob Calabrese, a radio host, has set up a website. "Hi Americans! Donald Trump may become the President of your country!" a welcome message on the website reads.',
      ['one', 'a welcome message on the website']],
    ['a place before a role reported speaking ("The Independent Vermont senator vowed") names no one; "he" is who it describes',
      'Bernie Sanders spoke. The Independent Vermont senator vowed last month to fight on. He sent out a fundraising email as the meeting began vowing to "fight for every single vote" in the last primary.',
      ['Bernie Sanders']],
    ['"the Christie supporter retorted:" before the quote is that unnamed person, as after it',
      'A woman attending a town hall for New Jersey Gov. Chris Christie has a curt reply.\n\nFormer Secretary of State Madeleine Albright urged women to vote for Hillary Clinton, saying, "There is a special place in hell for women who do not help each other."\n\nAt the town hall meeting Monday, the Christie supporter retorted: "There is a special place in hell for women who vote for women just because they are women."',
      ['Madeleine Albright', 'the Christie supporter']],
    ['a sentence opened by a description ("The Florida senator is telling reporters…") is about who opens the sentence before',
      'Secretary of State William Galvin said turnout was high.\n\nMarco Rubio is launching his campaign for the primary in Florida. The Florida senator is telling reporters that he is looking ahead because he will have "a lot of delegates after Super Tuesday" in any case.',
      ['Marco Rubio']],
    ['a run opened by a subordinator ("When HP") or ending a place ("Middle East") is no speaker',
      'When HP was diagnosed, doctors called it "a rare kind of pigeon breeder’s lung disease."\n\nThe ministry described the fighters in the Middle East as "U.S.-controlled bandit formations and their allies."',
      [null, null]],
    ['a news roundup\'s source in brackets after the quote ("“…” [WaPo.]") before anyone reported earlier',
      'HILLARY CLINTON IS FEELING THE BERN As the race tightens, Bernie Sanders said his rival is in trouble. [NYT.]\n\nUN: PEACEKEEPERS PAYING FOR SEX "The United Nations has been grappling with so many allegations." [WaPo.]\n\nEUROPEANS ASK "In less than two weeks, Western Europe has witnessed the calm of life shattered." [Lee Moran, HuffPost]',
      ['WaPo', 'HuffPost']],
  ]);
});

describe('names, descriptions and cues read in the twenty-second session', () => {
  test('one function word of the language is no speaker ("Ils", "Cependant", "Tras"), but is in Indonesian, where such words are names ("Hari")', () => {
    const fr = 'Les boards\nIls sont soit composés de chercheurs américains, soit ouverts aux européens. La composition des boards joue un rôle, en insufflant « l’esprit de la revue » et ses normes.';
    expect(findQuotes(fr, 'fr').map((q) => q.speaker)).toEqual([null]);
    const id = 'Hari (45), pedagang di pasar itu, mengeluh. ”Pembeli sepi sejak pandemi melanda kota ini,” katanya.';
    expect(findQuotes(id, 'id').map((q) => q.speaker)).toEqual(['Hari']);
  });

  test('"Menurut X," opening the sentence before a "-nya" quote names its speaker, after a long English role ("Senior Lead Tokopedia Ekhel Chandra Wijaya")', () => {
    const t = '”Pesanan meningkat 75 persen dibanding bulan lalu,” kata Uni Etty, pemilik toko. Kolaborasi External Communications Senior Lead Tokopedia Ekhel Chandra Wijaya menyatakan, Tokopedia berkolaborasi dengan ratusan pelaku usaha. Menurut Ekhel, pelaku usaha yang memiliki kanal daring lebih tangguh. ”Mereka berhasil membuat bisnis tetap berjalan,” ujarnya.';
    expect(findQuotes(t, 'id').map((q) => q.speaker)).toEqual(['Uni Etty', 'Ekhel Chandra Wijaya']);
  });

  englishSpeakerCases([
    ['a description with a capitalised word inside and a second description after "and" is one description of someone named before',
      'Sen. Ted Cruz, meanwhile, warned that the incident could foreshadow the future with Iran.\n\nSen. Bernie Sanders on Wednesday also called upon the U.S. to press China.\n\n"China is equally concerned about what North Korea is doing," the independent Vermont senator and Democratic presidential candidate told ABC.',
      ['Bernie Sanders']],
    ['the name in an aside after a description is the speaker ("the campaign spokesman, Hope Hicks, tweeted")',
      'Barack Obama spoke on Monday.\n\n"Is the president going to finally mention the words at all?" the campaign spokesman, Hope Hicks, tweeted Sunday.\n\n"Is he going to finally mention the words at last?" the presumptive nominee, Ted Cruz, tweeted Monday.',
      ['Hope Hicks', 'Ted Cruz']],
    ['a description of a body with its name inside ("the nationalist Global Times tabloid noted") is that body',
      'Donald Trump spoke in Ohio.\n\nBut as the nationalist Global Times tabloid noted in an op-ed Thursday, the leading candidate "has surprisingly earned himself a few fans in China."',
      ['Global Times']],
    ['a quote with no cue after a sentence that opens with someone new is theirs, not the last quote\'s speaker reported in its own attribution',
      'In the debate, moderator Carl Quintanilla asked Ben Carson about a maker of supplements.\n\n"I did not have an involvement with them. That is total propaganda," Carson replied.\n\nQuintanilla seemed taken aback and mentioned that the picture had been on the site. "Does that not speak to your vetting process in any way?"',
      ['Ben Carson', 'Carl Quintanilla']],
    ['a name with its party in brackets after an opening phrase opens the sentence ("On \'Face the Nation,\' Sen. Bernie Sanders (Vt.), who…, identified…")',
      '"We need to step away from efforts to paint law enforcement with a broad brush," Mike Pence said on CNN.\n\nOn "Face the Nation," Sen. Bernie Sanders (Vt.), who lost the primaries, identified exhaustion with bigotry as a reason for hope. "The younger people are sick and tired of discrimination of all kinds."',
      ['Mike Pence', 'Bernie Sanders']],
    ['"with", a name and a participle in the sentence before is someone acting ("…, with Hillary Clinton — who’s called for… — lambasting Trump’s plan")',
      '“I do not think there is any connection,” said Len Burman, head of the Tax Policy Center.\n\nFor some, the losses would outstrip the gains, said Batchelder.\n\nIt’s become a major issue in the campaign, with Hillary Clinton — who’s called for big tax hikes on the rich — lambasting Trump’s plan.\n\n“The kind of plan that Donald has put forth would be trickle-down economics all over again,” she said in the first debate.',
      ['Len Burman', 'Hillary Clinton']],
    ['a sentence opened by a description of a body ("The conservative publication has…") is the body\'s named or reported in the sentence before',
      'Jeb Bush said history has shown the need for a stable government.\n\nThe National Review is hosting a debate watch party in Manchester. The conservative publication has been outspoken in its opposition to Donald Trump, arguing he is "a philosophically unmoored political opportunist."\n\nIn a letter filed last month, the FBI confirmed that it was "working on matters related to the server." The agency declined to detail the investigation\'s "specific focus, scope or potential targets."',
      ['National Review', 'FBI', 'FBI']],
    ['a surname goes to the person the article names by it most, middle name or not; "Neither" opens no name',
      'Rep. Alan Grayson is running for the Senate. His wife, Dena Grayson, is running for his seat.\n\n"In the last few years of my marriage, Alan Mark Grayson was unfaithful to me," Lolita Grayson wrote in an email.\n\nNeither Alan Grayson nor Dena Grayson would respond. Lolita Grayson filed for divorce in 2014.\n\n"She is going to have my name, and I am going to spend a lot of money," Grayson said, according to Frankel.',
      ['Lolita Grayson', 'Alan Grayson']],
    ['a title in quotation marks ("The View") is no subject',
      'Ben Carson spoke to reporters in Iowa on Monday.\n\nThe retired neurosurgeon addressed his concerns in another interview with "The View," remarking from New Hampshire he did not feel "this is a very difficult investigation."',
      ['Ben Carson']],
    ['a pronoun with its contraction ("They’re") is no subject',
      'The sign read They’re Watching in red. They’re getting a whole payload.\n{ "Value": "between place of work and usual bus stop", "Confidence": "92%" }',
      [null]],
    ['an ad speaks for whoever put it out ("Bernie Sanders is releasing a new 30-second ad… The ad says “…”"), else as written',
      'The Arizona Republican endorsed Hillary Clinton on Friday.\n\nThe Jeb Bush campaign is releasing a new online ad Monday aimed at John Kasich.\n\nThe ad claims “Jeb is the conservative you can trust.”\n\nDemocratic presidential candidate Bernie Sanders is releasing a new 30-second ad that urges voters in New York to act.\n\nThe ad says “nothing will change until we elect candidates who reject Wall Street money.”\n\nA new poll came out on Tuesday.\n\nThe ad also says “the time has come for a political revolution in this country.”',
      ['Jeb Bush campaign', 'Bernie Sanders', 'Bernie Sanders']],
    ['a name after a subordinator past the quote opens the next clause ("Sims say he was “…” until Haley said…")',
      'Jason Sims, a teacher, says he made a last-minute decision, and that Gov. Nikki Haley’s endorsement was “a big deal in the end.”\n\nSims say he was “kind of riding the fence on it” until Haley said she was backing the Florida senator.',
      ['Jason Sims', 'Jason Sims']],
    ['a surname that is also a function word is a name where the article gives it in full and writes it capitalised mid-sentence ("George Will" … "Instead, Will called for…")',
      'Conservative columnist George Will reignited his feud with Donald Trump this week. "This might hasten the eclipse of Carly Fiorina and Ben Carson," Will wrote.\n\nNew Jersey Gov. Chris Christie spoke in Orlando on Saturday.\n\nInstead, Will called for Republicans to throw their support behind Chris Christie, whom he describes as having "a prosecutor’s bearing and a governor’s executive temperament."',
      ['George Will', 'George Will']],
    ['"some", "many" or "several" before a plural reported speaking is a group left unnamed ("“…” some protesters chanted")',
      'Protests followed. Some of that attention has turned to Mayor Rahm Emanuel.\n\n"Hey, hey! Ho, ho! Rahm Emanuel has got to go!" some protesters chanted, three days after the release.',
      ['some protesters']],
    ['a name ending a body\'s name in a clause in the past before the past ("the Office of Immigrant Affairs Clinton had announced") is no one reported',
      'Council Speaker Melissa Mark-Viverito stood beside Hillary Clinton on Tuesday.\n\nMark-Viverito, who is term limited from office, declined a question about whether she would lead the Office of Immigrant Affairs Clinton had announced earlier.\n\n“Any other question? Alright, thank you very much,” she said.\n\nOn Monday, Winfrey told CBS that Harry had said the royal in question was not the Queen.\n\n"But it was right at the beginning," he added.',
      ['Melissa Mark-Viverito', 'Harry']],
    ['"he" after a sentence opened by someone unnamed who names no one else is that someone ("A reporter for Agence France-Presse called it…"), not someone asked ("A reporter asked Sanders…")',
      'Mohamed Bouhlel drove the truck. Police urged people not to spread rumors.\n\nA reporter for Agence France-Presse called it "absolute chaos."\n\n"We saw people hit and bits of debris flying around," he said.\n\nBernie Sanders is making a stop at a Las Vegas high school.\n\nA reporter asked Sanders how he is feeling on caucus day. He replied: "The bigger the turnout, the better I feel."',
      ['A reporter for Agence France-Presse', 'Bernie Sanders']],
    ['a nickname in quotation marks inside a name keeps the name whole (Juan "Chico" Manriquez); "San Francisco" is a place',
      'In downtown San Francisco, a group dressed in "We are Orlando" T-shirts marched in silence. Juan "Chico" Manriquez of Oakland carried one of the photos.\n\n"I pretty much cried the whole parade," he said.',
      ['Juan Manriquez']],
    ['a message sent out by someone\'s campaign or office speaks for it ("his campaign sent out a text message saying: “…”"), not for a campaign\'s chairman named after it',
      'Bernie Sanders won New Hampshire. "We are going to win," said the Rev. Al Sharpton on Monday.\n\nThe fundraising race will also intensify.\n\nEven before Sanders took the stage Tuesday night to acknowledge his victory, his campaign sent out a text message to supporters saying: "With your help, we were just declared the winner in New Hampshire!"\n\nClinton\'s campaign chairman, John Podesta, said in a statement: "Tonight, Donald Trump painted a dark picture of an America in decline."',
      ['Al Sharpton', 'Bernie Sanders’s campaign', 'John Podesta']],
    ['a name\'s saying before "was" ("Barrett’s dictum to his interns was, “…”") is that name\'s, before a pronoun opening the sentence',
      'Jake Sherman takes over the newsletter. When Sherman was at Columbia Journalism School, he studied under Wayne Barrett, the legendary reporter; Barrett’s dictum to his interns (repeated to me over the years) was, “It’s not a good story if you don’t get a death threat.”',
      ['Wayne Barrett']],
    ['"the man who…" without a comma picks out someone the article is about ("said the man who built his political career on…"); "the man, who asked not to be named," stays unnamed',
      'Vice President Joe Biden spoke in Scranton. "Trump is already making our country less safe," he said.\n\nThe people of Scranton "deserve someone who is with them. That is Hillary Clinton," said the man who built his political career on his blue collar credentials.\n\n"I will vote for whoever wins in the end," said the man, who asked not to be named.',
      ['Joe Biden', 'Joe Biden', 'the man']],
    ['"Absent" opens a phrase, not a name ("Absent Sanders\' plan, Clinton pointed to…")',
      'Hillary Clinton spoke in Iowa on Monday.\n\n"It is a very general debate when it comes to single payer," Clinton said.\n\nAbsent Sanders\' health care plan, which he has not introduced, Clinton pointed to the nine times Sanders has laid out a plan before Congress. "And it is a bit concerning to me because it would end the kinds of health care we know."',
      ['Hillary Clinton', 'Hillary Clinton']],
  ]);
});

describe('names, descriptions and cues read in the twenty-third session', () => {
  test('the writer\'s own "I said" is the author\'s, given the byline, and no one\'s without it, never someone named nearby', () => {
    const t = 'Judge Berman looked at me. My lawyer, Ben Brafman, stood beside me.\n\n"Judge," Brafman said, "I have never had that happen in any case."\n\n"I am not shy," I said. "I have not been reluctant to express my views in public."';
    expect(findQuotes(t, 'en', 'Dinesh D’Souza').map((q) => q.speaker)).toEqual(['Ben Brafman', 'Dinesh D’Souza']);
    expect(findQuotes(t, 'en').map((q) => q.speaker)).toEqual(['Ben Brafman', null]);
    // The writer's verb may follow a verb of theirs: "I laughed and said, “…”".
    const laughed = 'My father began his studies at MIT at age 16.\n\n"We live in Satan\'s kingdom," my father often said.\n\nOnce, when my mother mentioned the devil, I laughed and said, "I don\'t believe in the devil at all."';
    expect(findQuotes(laughed, 'en', 'Jane Writer').map((q) => q.speaker)).toEqual(['my father', 'Jane Writer']);
    // Not the writer's question: "when I asked Bernie Sanders…, he… said".
    const asked = 'Last month, when I asked Bernie Sanders if he would ever endorse her, he looked into my camera and said, "I am gonna endorse you today!"';
    expect(findQuotes(asked, 'en', 'Nicole Gaudiano').map((q) => q.speaker)).toEqual(['Bernie Sanders']);
  });

  test('a second-hand quote keeps its speaker and names the account it came through ("…,” Walker said, according to an Associated Press account"); "according to CNN" as the cue itself is the speaker, and "according to him" is no account', () => {
    const t = 'Gov. Scott Walker endorsed the plan.\n\n“Delegates should vote the way they see fit,” Walker said, according to an Associated Press account.\n\nAccording to GMA News, Rep. Joey Salceda said the “ugliness of utterances, largely unprompted and undeserved,” hurt ties.\n\n“I ask you not to engage in protest on the floor,” according to CNN.\n\n“We will win this,” Walker said, according to him.';
    expect(findQuotes(t, 'en').map((q) => [q.speaker, q.via])).toEqual([
      ['Scott Walker', 'an Associated Press account'],
      ['Joey Salceda', 'GMA News'],
      ['CNN', null],
      ['Scott Walker', null],
    ]);
  });

  test('…and without a comma before a name ("said in a statement according to The Blaze"); a quote going on in the same paragraph with no cue comes through the same account, one in the next paragraph does not; "according to plan" is no account', () => {
    const t = '“The committee understands that a lawsuit has been filed,” spokesman Jamal Ware said in a statement according to The Blaze. The office filed its answer on Monday. “We disagree strongly with those claims.”\n\n“The claims are meritless,” Ware said.\n\n“Everything went well today,” Ware said, adding that the vote went according to plan.';
    expect(findQuotes(t, 'en').map((q) => [q.speaker, q.via])).toEqual([
      ['Jamal Ware', 'The Blaze'],
      ['Jamal Ware', 'The Blaze'],
      ['Jamal Ware', null],
      ['Jamal Ware', null],
    ]);
  });

  englishSpeakerCases([
    ['"One voter, Ana Ruiz, 35, showed up…": a description with "one", a name and an age opens the sentence, so "he said" after it is that person\'s, not the last quote\'s speaker',
      'The singer Tracy Chapman said the show was "a great night for all of us here."\n\nOne voter, Guadalupe Potocacetpl, 35, showed up in the gear of a Chicano nationalist group. He had protested Trump at a Phoenix rally.\n\n"I met a lot of Bernie supporters, and I liked every single reason they were supporting him," he said.',
      ['Tracy Chapman', 'Guadalupe Potocacetpl']],
    ['"The Hill reported", "The Blaze reported": one capitalised word after "The" that is no title names a body, not someone described ("The Senator said")',
      'Sen. Bernie Sanders spoke in Iowa on Monday.\n\n"The loopholes he cited are the ability to use real estate losses," The Hill reported.\n\n"We will win this state," The Senator said.\n\nThe Blaze did the math on that feat. "Sanders would have finished ahead," The Blaze reported.',
      ['The Hill', 'Bernie Sanders', 'The Blaze']],
    ['"what Sroka called a “…”": the name in a clause of naming opened by "what" is the speaker, not the person the article is about',
      'The primary has brought Sen. Bernie Sanders one step closer to a series of difficult decisions. "He will keep going," a supporter said.\n\nNeil Sroka, communications director of the advocacy group Democracy for America, or DFA - which was founded by former Vermont governor Howard Dean and which has endorsed Sanders - said Sanders has several options.\n\nOne would be something like DFA. Another would be a leadership PAC, while a third would be what Sroka called a "let a thousand flowers bloom" approach.',
      ['a supporter', 'Neil Sroka']],
    ['a verb, a possessive description and the name as an aside ("said his campaign manager, Jeff Weaver.", "said Rubio’s deputy campaign manager, Rich Beeson, who…") is that name, not the owner',
      'Sen. Marco Rubio spoke in Iowa.\n\n"We are doing well in the early states," said his campaign manager, Terry Sullivan.\n\n"With half the vote in by Election Day, we are going to win," said Rubio’s deputy campaign manager, Rich Beeson, who oversaw the ground game.\n\n"He will keep going," said the senator\'s wife, Jeanette.',
      ['Terry Sullivan', 'Rich Beeson', 'Jeanette']],
    ['a country opening the quote\'s sentence with a verb of saying or naming ("Japan branded North Korea an “…”") speaks for its government, not the last speaker',
      'South Korean President Park Geun-hye said the leader\'s state of mind is "spiraling out of control."\n\nJapan branded North Korea an "outlaw nation in the neighborhood." Russia insisted that Pyongyang "stop its dangerous escapades."',
      ['Park Geun-hye', 'Japan', 'Russia']],
    ['"said the 46-year-old" describes whoever the sentence before was about: the person named there, or the description that opens it ("the Slovenia-born former model delivered…"), not the last quote\'s speaker',
      'House Speaker Paul Ryan opened the night. "We are united tonight as one party," Ryan said.\n\nWith millions watching on television, the Slovenia-born former model delivered a heartfelt defense of her husband.\n\n"Donald is, and always has been, an amazing leader," said the 46-year-old.\n\nMelania Trump left the stage to applause. "He will go to work for you," said the 46-year-old.',
      ['Paul Ryan', 'the Slovenia-born former model', 'Melania Trump']],
    ['a share of those polled whose clause leads into the quote ("52 percent of registered voters agreed that Clinton is in “…”") speaks as written, not the person the clause is about',
      'Hillary Clinton recovered from pneumonia last week.\n\nOnly 52 percent of registered voters agreed that Clinton is in "good enough overall health to serve as president," while 73 percent said the same of Trump.',
      ['52 percent of registered voters']],
    ['"the company said" points back to a name that opens the sentence before as its subject, organisation word or not ("Business Insider also commented…"), not to one named earlier as an object ("told The Daily Beast")',
      '"We will review his columns in the future," Daily News opinion editor Josh Greenman told The Daily Beast in an email.\n\nBusiness Insider also commented on his future as a contributor, but acknowledged it had no formal relationship to dissolve.\n\n"We are sorry to hear about the dissolution of the marriage, and we wish them all the best," the company said in a statement.',
      ['Josh Greenman', 'Business Insider']],
    ['someone described by whose they are ("“…,” his colleague wrote") is shown as written, not as the owner',
      'Alastair Osman, a mining engineer from Britain, was on the flight.\n\n"One of the reasons why I work in mining was the sense of adventure," his colleague wrote on Facebook.',
      ['his colleague']],
    ['a role of four lower-case words before the name ("former State policy planning director Anne-Marie Slaughter wrote", "the Post’s senior politics editor Steven Ginsberg responded") leads to the name, not to the last speaker',
      'State Department spokesman Mark Toner said on Friday that "the emails are being reviewed carefully."\n\n"I cannot imagine how exhausted you must be after this week," former State policy planning director Anne-Marie Slaughter wrote to Clinton.\n\n"Dr. Carson invited both Bob and me to his house to talk things over," the Post’s senior politics editor Steven Ginsberg responded.',
      ['Mark Toner', 'Anne-Marie Slaughter', 'Steven Ginsberg']],
    ['an unnamed description with the name as an aside before its verb ("A top strategist, John Weaver, tells reporters that…") is that name',
      'John Kasich spoke in South Carolina.\n\nA top strategist, John Weaver, tells reporters that Kasich’s showing will be enough to "drive somebody else out of the race."',
      ['John Weaver']],
    ['a people\'s word ends no one\'s name ("In Skolkovo in Moscow Israeli hi-tech…", "Chinese officials"): it is no speaker, and "Mark Cuban" stays a name',
      'In Skolkovo in Moscow Israeli hi-tech will commercialize new Russian creations.\n\nTwo military analysts, Patrick Megahan and Chris Harman, found in 2014 that the Israeli Air Force is "the best in the world" and Israeli ground forces are "the best in the Middle East."\n\nMark Cuban spoke on Friday. "It is too early to tell what happens next," said Cuban.',
      ['Patrick Megahan', 'Patrick Megahan', 'Mark Cuban']],
    ['two people named in full who speak together ("Edward-Isaac Dovere and Gabriel Debenedetti wrote", "state Senate leader Phil Berger and House Speaker Tim Moore, both Republicans, said") are both the speaker',
      'Politico described a candidate aggrieved. "Sanders is himself filled with resentment, on edge," Edward-Isaac Dovere and Gabriel Debenedetti wrote.\n\n"We can only wonder if the intent is to reopen the door," state Senate leader Phil Berger and House Speaker Tim Moore, both Republicans, said in a statement.',
      ['Edward-Isaac Dovere and Gabriel Debenedetti', 'Phil Berger and Tim Moore']],
    ['"But on Sunday he finally gave…": a pronoun after a conjunction and a day opens its sentence, so "he said" next is whom that "he" is, not someone reported further back',
      '"Cities can be crucial in a general election," said Ed Rendell, a former Pennsylvania governor.\n\nMayor Marty Walsh was a hold out. Walsh, a former labor leader, had close ties to Joe Biden. But on Sunday he finally gave Clinton a ringing endorsement.\n\n"We need someone who is battle tested, someone who fights hard," he said.',
      ['Ed Rendell', 'Marty Walsh']],
    ['a description with the name as an aside before its verb and the quote ("The leader of the Anti-Defamation League, Jonathan Greenblatt, warned that… “…”") is that name, not the body it leads',
      'Jewish groups also widely condemned the proposal.\n\nThe leader of the Anti-Defamation League, Jonathan Greenblatt, warned that such a ban would be "unacceptable and antithetical to American values." He said American Jews "know all too well what can happen when a group is singled out."',
      ['Jonathan Greenblatt', 'Jonathan Greenblatt']],
    ['a body where a crowd rallied ("which rallied at Temple University") is no group that shouts',
      'Carrying placards, the crowd -- which rallied at Temple University before a planned march to City Hall -- was the most diverse so far.\n\n"Power to all of the people!" the group shouted from the street.',
      ['the group']],
    ['after a quote closed by its question mark, a subject and verb that lead into another quotation ("Mills then writes back, “You look cute.”") are that quotation\'s, not this one\'s',
      'Hillary Clinton traveled to Libya. In an exchange between Clinton and her chief of staff Cheryl Mills, Mills forwards an email with the subject line "Photo gone viral!" that includes the image.\n\nClinton responds to Mills with, "Why now? That was on my way to Libya?" Mills then writes back, "You look cute."',
      ['Hillary Clinton']],
    ['a surname several people of one family share ("Donald Trump", "Eric Trump") alone is the one the article brought in first, though it writes the other in full more often',
      'Donald Trump won New York.\n\n"She has already turned her attention to us," Eric Trump said. "It is a great compliment."\n\n"He is going to go after her," Eric Trump said on Monday.\n\nEric Trump’s comments came after his father unveiled a new nickname for Clinton. "Crooked Hillary Clinton is spending a fortune on ads against me," Trump tweeted.',
      ['Eric Trump', 'Eric Trump', 'Donald Trump']],
    ['"Clinton campaign manager Robby Mook released a memo… He writes…": a role whose first word is what it is over ("campaign manager", after an opening phrase too) leads to the person after it, not to the candidate named before it',
      'Hillary Clinton leads the race. "It would seal the deal even more for Hillary Clinton," said David Wasserman, an analyst.\n\nOn Monday night, Clinton campaign manager Robby Mook released a memo titled "The Facts on Where the Race Stands."\n\nHe writes Clinton has "built a nearly insurmountable lead among both delegates and actual voters."',
      ['David Wasserman', 'Robby Mook']],
    ['"The Independent Vermont senator vowed…": a place or party after "the" and before a role is no one\'s name, so a "he" with no one else to go to is the person named in full before, not "Independent Vermont"',
      'Clinton won the primaries in California and New Jersey, a day after Bernie Sanders lost the last big contest.\n\nThe Independent Vermont senator vowed last month to take his campaign all the way to the convention. He sent out a fundraising email as the meeting began, vowing to "fight for every vote" in the last primary.',
      ['Bernie Sanders']],
  ]);
});

test('a page of a thousand quotes no one is named for is read in time that grows with its length, not its square', () => {
  // Each shape once made every quote read back over all the text before it: a sign's words ("…," the sign read),
  // a "-nya" quote after the same opening word, and "the board" looked for among all the page's names.
  const shapes = [
    (i: number) => `The weather turned cold again in the valley this week. "Everything about this season is stranger than the last one we had here," the sign read in block letters number ${i}.`,
    (i: number) => `Cuaca kembali dingin di lembah itu pekan ini. ”Semua tentang musim ini lebih aneh daripada musim lalu di sini,” katanya pada hari ${i}.`,
    (i: number) => `The Town Hall Meeting Agenda For Week ${i}. "Everything about this season is stranger than the last one we had here and there," read the Notice Board.`,
  ];
  for (const [shape, lang] of [[shapes[0], 'en'], [shapes[1], 'id'], [shapes[2], 'en']] as const) {
    const text = Array.from({ length: 1500 }, (_, i) => shape(i)).join('\n');
    const t0 = performance.now();
    const quotes = findQuotes(text, lang);
    // Linear, this takes well under a second here; read back quote by quote, 10–20 s.
    expect(performance.now() - t0).toBeLessThan(4000);
    expect(quotes).toHaveLength(1500);
  }
});
