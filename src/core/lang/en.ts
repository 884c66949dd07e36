import type { LanguagePack } from './types';
import { enPage } from './en-page';

export const en: LanguagePack = {
  ...enPage,
  abbreviations: `mr mrs ms dr prof sr jr st mt ft gen lt col sgt capt cmdr adm gov sen rep rev hon pres no nos vs etc inc ltd co corp dept est fig
jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m al approx ave blvd min max mph vol del amb supt det cpl pvt msgr`.split(/\s+/),
  conjunctions: 'and but or nor yet because while so then'.split(' '),
  eventBefore: ['near', 'until'],
  phraseOpeners: 'in at on from to for into by with without about after before during regarding following including of amid despite since under over like unlike as absent'.split(' '),
  subordinators: 'when while after before as although though if because since once until unless whereas'.split(' '),
  speechVerbs: `said says say saying told tells tell wrote writes added adds asked asks explained explains stated states noted notes recalled
recalls insisted insists argued argues warned warns declared declares announced announces replied replies continued continues claimed claims
admitted admits acknowledged acknowledges concluded concludes conceded concedes tweeted tweets posted posts testified testifies shouted
shouts urged urges suggested suggests predicted predicts observed observes remarked remarks responded responds commented comments joked jokes
complained complains according quipped quips quip demanded demands reported reports emphasized emphasised emphasizes stressed stresses
cautioned cautions vowed vows boasted boasts countered counters wondered wonders mused muses recounted recounts lamented laments contended
contends maintained maintains assured assures promised promises retorted retorts exclaimed exclaims cried cries thundered
answered answers asserted asserts proclaimed proclaims pledged pledges agreed agrees yelled yells screamed
screams barked snapped snaps sang sings chanted chants whispered whispers texted emailed interjected interjects
write conclude fumed fumes surmised retaliated charged pressed riffed
remembered read reads adding noting explaining arguing warning insisting
shot_back fired_back hit_back pointed_out put_it bragged opined scoffed gushed marveled reiterated confirmed elaborated griped groused sniped`.split(/\s+/).map((v) => v.replace(/_/g, ' ')), // "Trump shot back": two-word verbs are written with "_"
  pronouns: ['he', 'she', 'they', 'i', 'we'],
  firstPerson: ['i'],
  demonyms: `american russian chinese israeli palestinian iranian iraqi syrian mexican canadian japanese korean pakistani afghan
turkish saudi egyptian ukrainian european african asian arab kurdish venezuelan brazilian italian spanish greek polish belgian
swedish norwegian danish australian nigerian kenyan libyan lebanese jordanian yemeni qatari emirati indonesian malaysian filipino
vietnamese burmese somali sudanese ethiopian haitian colombian argentine chilean peruvian austrian hungarian romanian bulgarian
serbian croatian bosnian albanian armenian belarusian kazakh uzbek latino hispanic`.split(/\s+/),
  titleCues: ['titled', 'entitled', 'headlined', 'dubbed', 'themed', 'hashtag', 'keyword', 'keywords', 'proverb', 'adage'],
  workNouns: ['book', 'film', 'movie', 'show', 'play', 'song', 'podcast', 'series', 'album', 'novel', 'documentary', 'memoir', 'column', 'essay', 'op-ed', 'editorial', 'episode', 'program', 'programme',
    ...['author', 'authors', 'editor', 'creator', 'host', 'star', 'episode'].flatMap((w) => [`${w} of`, `${w} of the`])],
  byWords: ['by'],
  titles: `del mr mrs ms miss dr prof professor sir dame lord lady president vice senator sen rep representative governor gov mayor minister
secretary chairman chairwoman chair director spokesman spokeswoman spokesperson chief executive ceo officer general gen lieutenant colonel
sergeant captain judge justice attorney prime king queen prince princess pope rev reverend bishop coach manager former the a an then
republican democrat democratic candidate nominee leader speaker commissioner deputy detective inspector superintendent analyst economist
ambassador adviser advisor aide strategist pollster anchor founder official congressman congresswoman councilman councilwoman
assemblyman assemblywoman sheriff head member presidential hopeful moderator host co-founder cofounder comedian actor actress rapper columnist journalist activist retired
alderman alderwoman treasurer chancellor developer businessman businesswoman lawyer historian scientist pastor delegate donor organizer consultant operative lobbyist reporter correspondent author writer editor counsel producer teacher student volunteer voter resident supporter owner nurse physician
mr. mrs. ms. dr. prof. sen. gov. rep. gen. lt. col. sgt. capt. rev. capt col lt sgt maj adm cmdr cpl pvt brig`.split(/\s+/),
  firstNames: {
    he: `don ed ron jim tom rob ray roy hal sam stan jon val james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul
andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter
kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe
bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis bernie ted marco
barack mike rand chris jeb ben bill newt mitch rudy reince jim tim tom bob dick al
hugh corey chuck harry rahm jeff rick steve tony orrin lamar trey darrell devin jared mitt ron pete`.split(/\s+/),
    she: `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna
michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia
victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances
kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
charlotte marie kayla alexis lori hillary carly sarah nikki huma kellyanne condoleezza nancy elizabeth michelle melania ivanka megyn
jill debbie donna hope katrina sheryl anne
katie jane sally marsha dianne kirsten claire tammy michele loretta valerie madeleine omarosa gretchen mika maxine patty jeanne joni shelley betsy`.split(/\s+/),
  },
  orgWords: `department ministry university county city state street avenue party committee council house senate court company inc corp
corporation bank hospital school college news times post journal press reuters associated white office agency bureau administration campaign
foundation institute association union center centre museum church airport station fund group network magazine daily tribune herald
gazette review cnn nbc abc cbs fox msnbc bbc npr monday tuesday wednesday thursday friday saturday sunday january february
march april june july august september october november december feb apr jul aug sep sept oct nov dec act amendment
treaty states kingdom republic nations americans republicans democrats muslims christians catholics evangelicals latinos hispanics
conservatives liberals progressives independents organization organisation world convention conference summit forum caucus
commission authority federation show affairs advisers advisors services`.split(/\s+/),
  bodyNouns: `newspaper paper daily tabloid magazine network outlet website site station publication ministry agency department group
organization organisation committee board company court council statement release letter memo report order editorial commission foundation
institute`.split(/\s+/),
  // Buildings: "Trump Tower", "Trump Plaza" (not Hall, Park or Bridges, which are also surnames).
  timeWords: `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october
november december`.split(/\s+/),
  placeLastWords: ['tower', 'towers', 'building', 'plaza', 'boulevard', 'hotel', 'casino', 'stadium', 'arena', 'library', 'ranch'],
  // Not the countries that are also first names (Jordan, Georgia, Chad, India, Israel, Kenya); nor the US states that
  // are names too (Washington, Virginia, Carolina, Dakota, Montana).
  places: `afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium bolivia bosnia brazil
britain bulgaria burma cambodia canada chile china colombia croatia cuba cyprus denmark ecuador egypt england estonia ethiopia finland france
germany ghana greece guatemala haiti honduras hungary iceland indonesia iran iraq ireland italy jamaica japan kazakhstan korea kosovo kuwait
laos latvia lebanon libya lithuania luxembourg malaysia mexico moldova mongolia morocco myanmar nepal netherlands nicaragua nigeria norway
pakistan palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda scotland serbia singapore slovakia slovenia
somalia spain sudan sweden switzerland syria taiwan thailand tunisia turkey uganda ukraine uruguay venezuela vietnam wales yemen zimbabwe
africa america asia europe north south east west new united arab saudi
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa kansas kentucky
louisiana maine maryland massachusetts michigan minnesota mississippi missouri nebraska nevada hampshire jersey york ohio oklahoma
oregon pennsylvania rhode island tennessee texas utah vermont wisconsin wyoming los angeles vegas`.split(/\s+/),
};
