/**
 * What the content script needs of a language to read a page: recognising the language, and page UI lines.
 * Kept apart from the rest so that the script injected into pages carries none of the quote stage's word lists.
 */
export interface PageWords {
  /** BCP 47 primary subtag. */
  code: string;
  /** Frequent function words: used for language detection and to ignore words when ranking. */
  stopwords: readonly string[];
  /** Short lines that are page UI, not article text (lower case, whole line). */
  uiLines: readonly string[];
  /** Line starts that mark a block as page UI ("read also:"). Lower case. */
  uiPrefixes: readonly string[];
  /** Starts of headings that introduce other stories after the article ("more news", "baca juga"). Lower case. */
  relatedHeadings?: readonly string[];
}

/** Everything the core knows about one language. Adding a language is adding files like en-page.ts and en.ts. */
export interface LanguagePack extends PageWords {
  /** Abbreviations (without the final dot) after which a full stop does not end a sentence. */
  abbreviations: readonly string[];
  /** Verbs of saying that attribute a quote: "said", "kata". Lower case. */
  speechVerbs: readonly string[];
  /** Words that stand for the last speaker: "he", "dia", and -nya cues such as "katanya". */
  pronouns: readonly string[];
  /** Of those, the writer's own "I" ("i", "saya"): a quote the writer says they said is the author's. Lower case. */
  firstPerson?: readonly string[];
  /** Words for a people that end no person's name ("Russian", "Israeli"; not "French", a surname too). Lower case. */
  demonyms?: readonly string[];
  /** Conjunctions that join two quoted fragments of one sentence into one quote (“…” and “…”). Lower case. */
  conjunctions?: readonly string[];
  /** Words after which a name is a place or an event, not a person ("near Sandy Hook Elementary", "until Sandy Hook"). Lower case. */
  eventBefore?: readonly string[];
  /** Words opening a subordinate clause before a sentence's subject ("When Maddow pointed out…, Clinton seized…"). Lower case. */
  subordinators?: readonly string[];
  /** Prepositions that open a sentence's opening phrase, never a name ("In Iowa", "Di TPS"). Lower case. */
  phraseOpeners?: readonly string[];
  /** Words before where a described person is from ("perempuan asal Depok"): the name after them is a place. Lower case. */
  originWords?: readonly string[];
  /** Words closing a description that point back to someone just written about ("kata ibu dua anak ini"). Lower case. */
  demonstratives?: readonly string[];
  /** Words right before a quoted title that say it is one: "titled", "bertajuk". Lower case. */
  titleCues?: readonly string[];
  /** Kinds of work, and phrases, whose title may follow them in quote marks ("the podcast “Here’s the Thing.”", "author of"). Lower case. */
  workNouns?: readonly string[];
  /** The word between a story's headline in quote marks and its author ("“…,” by Times’ Ben Sisario"). */
  byWords?: readonly string[];
  /** Words placed before a name that are not part of it: titles and roles. Lower case. */
  titles: readonly string[];
  /** Words that make a capitalised phrase an organisation or a place, not a person ("Kabupaten", "University"). Lower case. */
  orgWords?: readonly string[];
  /** Nouns for a body or its document, as a definite description's last word: "the newspaper wrote", "the ministry said",
   * "the statement said". Such a speaker is the organisation named last, not a person. Lower case. */
  bodyNouns?: readonly string[];
  /** Countries and continents, and the compass words of their names: a phrase of these alone is a place, never a person ("North Korea"). Lower case. */
  places?: readonly string[];
  /** Words that open a street's, an airport's or a station's name: the capitalised words after them are a place, never a person ("Jalan Kedung Cowek", "Bandara Soekarno Hatta"). Lower case. */
  placeFirstWords?: readonly string[];
  /** Every noun is capitalised (German): one capitalised word is a name only as part of a full name the text gives. */
  capitalisedNouns?: boolean;
  /** Function words beyond the page's short stopword list, read only by the quote stage: never a name alone ("Ils", "Cependant", "Tras"). Lower case. */
  functionWords?: readonly string[];
  /** Common words are people's names too (Indonesian "Hari", "Lalu"): a function word alone may still be a speaker. */
  wordsAsNames?: boolean;
  /** Days and months: capitalised, yet never a speaker ("tweets early Friday saying…"). Lower case. */
  timeWords?: readonly string[];
  /** Last words that make a capitalised phrase a place ("Karawang Barat", "Kalitengah Lor"). Lower case. */
  placeLastWords?: readonly string[];
  /** Common first names by the pronoun that refers to them, to keep "she said" from landing on a man. Lower case. */
  firstNames?: { he: readonly string[]; she: readonly string[] };
  /** Role abbreviations and their long forms ("menlu" → "menteri luar negeri"). */
  roleExpansions?: Readonly<Record<string, string>>;
}
