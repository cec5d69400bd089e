/**
 * Frequent function words per Latin-script candidate language (hand-written, lowercase). Trigrams alone cannot
 * tell short German sentences from Dutch/Afrikaans/Danish or short English ones from a dozen languages; a few
 * articles, pronouns and prepositions can. Words shared between languages count for each of them.
 */
const WORDS: Record<string, string> = {
  eng: 'the of and to a in is that for it was on with as he be by at are from his this have not but had or an they which were has been their its who would will there can more than she we you all one about into after also when her said what out if so up only other may these could i over our them then some no new any do most those such between because how why where does did my me him like s t just very even well much many now here than through while being made make first two years time people way should get got back still last year both each own same under again against during before off down us too yet never always often including least says whom whose',
  deu: 'der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass daß sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei ich wir ihr ihre kein keine diese dieser dieses wenn schon immer hier dann doch unter gegen sehr zwischen ob seine seiner jedoch habe hatte waren kann können sind jetzt dort heute wieder bereits sowie damit dabei dazu deshalb etwa alle alles andere anderen viele neue neuen ersten zwei drei jahr jahre jahren sagte sagt gibt geht muss müssen soll sollen will wollen worden ihm ihn ihnen uns mich mir dir dich dessen deren denen welche welcher was wer wo warum weil obwohl während seit ohne laut statt trotz wegen nichts etwas ganz gut dies jeder jede jedes eines bisher also nun selbst',
  nld: 'de het een en van in is dat op te zijn voor met die niet aan er om ook als bij of door maar over nog wordt worden was hij zij ze dan kan uit tot naar wat heeft hebben zich deze dit geen meer werd al ik je we wij hun haar',
  afr: 'die en van in is het nie wat vir dat met op te was sy hy om ook word aan kan na by ons maar deur ek jy hulle nog al sal moet uit as n hierdie daar baie',
  dan: 'og i at det en den til er som på de med han af for ikke der var mig sig men et har om vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind når være dog noget ville jo deres efter også',
  nob: 'og i det som er en på til av at for med de ikke den har var han seg om et jeg men fra vi eller hun kan etter så da dette hadde ble blir skal vil også nå når være sin mot hva',
  swe: 'och i att det som en på är av för med den till de inte om ett han var men har jag så hon vi från sig ska eller kan vid efter också när nu detta sin mot hade blev skulle vara',
  fra: 'de la le et les des en un une du est que qui dans pour pas au sur par il elle plus ne ce se sont avec a à ont été aux cette mais comme ou son sa ses leur nous vous ils je être l d qu n',
  spa: 'de la que el en y a los del se las por un para con no una su al lo como más pero sus le ha me si sin sobre este ya entre cuando también fue es son está hay muy',
  por: 'de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está também pelo pela',
  ita: 'di e il la che è per un in non una del della le i si da con sono al lo gli ha come anche più ma alla nel dei delle questo essere stato se ci suo sua o',
  cat: 'de la el i que en a els les per amb un una del és no es al però com més aquest seu va ha dels ser',
  glg: 'de a o e que do da en un unha os as non por para co coa no na se máis é pero como ao dos das foi',
  ron: 'și de în la a cu nu că pe din o un care mai este se pentru sunt au fost ca dar prin şi să',
  pol: 'i w nie się na z że do to jest o jak a po ale co od za tak dla są już przez jego jej oraz',
  ces: 'a v se na je že to s z do o i jsou jak který pro ale by byl po ze nebo také jeho jako',
  slk: 'a v sa na je že to s z do o aj sú ako ktorý pre ale by bol po zo alebo tiež jeho',
  hun: 'a az és hogy nem is egy meg van de csak már mint volt ez ki még vagy el azt után',
  fin: 'ja on ei että se oli hän mutta kuin tai ovat myös joka kun ole mitä niin sen tämä vain',
  tur: 've bir bu da de için ile çok ne o daha gibi olarak ama en olan var kadar sonra değil',
  ekk: 'ja on ei et see ka oli kui mis aga ta nii või seda mida kes oma veel siis ning selle üle tema nad',
  lvs: 'un ir ar par no uz kas ka bet arī tas to vai pie bija nav šī viņš tā kā lai jau tikai pēc',
  lit: 'ir yra kad su iš į tai bet kaip jis ji o ar buvo dėl apie per nuo taip jo jų kuris nėra tik',
  slv: 'in je da se na za v so ki z pa ne po tudi ali kot bil iz še to pri bo sem',
  hrv: 'i je u da se na za su od s a ne što koji kao iz o to će bio ali ili sa po',
  bos: 'i je u da se na za su od s a ne što koji kao iz o to će bio ali ili sa po',
  srp: 'i je u da se na za su od s a ne što koji kao iz o to će bio ali ili sa po',
  als: 'dhe të në që e i për me nga është një u si nuk ka por më se',
  swh: 'na ya wa kwa za la katika ni kuwa hiyo huo cha pia lakini kama hii zaidi',
  tgl: 'ang ng sa na mga at ay si ni ito hindi para kung may siya ko ako niya din rin',
  vie: 'và của là có được cho không người những các một trong với này đã',
  ind: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada ada juga ke oleh atau saya kami',
  zlm: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada ada juga ke oleh atau saya kami',
};

/**
 * Frequent news words of the two languages ereignis is built for, spelt only in that language (not "minister",
 * "president", "april"): short news sentences are mostly names ("Prime Minister Justin Trudeau visited London.")
 * and have few function words to go on.
 */
const NEWS_WORDS: Record<string, string> = {
  eng: 'very good go going went come came get got make made know think take see want look use find give tell work call try ask need feel become leave put mean keep begin seem help show hear play run move live believe great little right big high different small large next early young important few public bad able outside inside around without within something nothing everything anyone someone everyone people thing things prime secretary chancellor foreign government officials official spokesman spokeswoman statement according leader leaders met meets meeting visited visit visits announced told talks agreed signed condemned urged warned week yesterday today monday tuesday wednesday thursday friday saturday sunday january february march may june july october december',
  deu: 'präsident präsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin regierung bundesregierung sprecher sprecherin erklärung traf trafen besuchte besuchten erklärte kündigte teilte mitteilte unterzeichnete unterzeichneten vereinbarten einigten verurteilte forderte warnte woche gestern heute montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz mai juni juli oktober dezember',
};
/** The same kind of words for the neighbours that short German/English news sentences get mistaken for, and back. */
const NEIGHBOUR_NEWS_WORDS: Record<string, string> = {
  nld: 'gisteren vandaag maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ontmoette ontmoetten bezocht bezoekt zei zegt kabinet regering verklaarde kondigde maart mei juni juli oktober',
  afr: 'gister vandag maandag dinsdag woensdag donderdag vrydag saterdag sondag gesê regering ontmoet besoek',
  fra: 'hier aujourd demain lundi mardi mercredi jeudi vendredi samedi dimanche rencontré rencontre visité déclaré annoncé gouvernement président ministre janvier février avril juin juillet août septembre octobre novembre décembre',
  spa: 'ayer hoy mañana lunes martes miércoles jueves viernes sábado domingo reunió visitó anunció dijo gobierno presidente ministro enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  ita: 'ieri oggi domani lunedì martedì mercoledì giovedì venerdì sabato domenica incontrato visitato annunciato detto governo presidente ministro gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  por: 'ontem hoje amanhã segunda terça quarta quinta sexta feira sábado domingo reuniu visitou anunciou disse governo presidente ministro janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  dan: 'går dag mandag tirsdag onsdag torsdag fredag lørdag søndag mødtes besøgte sagde regeringen statsminister præsident præsidenten ministeren marts',
  nob: 'går dag mandag tirsdag onsdag torsdag fredag lørdag søndag møtte besøkte sa sier regjeringen statsminister presidenten ministeren mars desember',
  swe: 'igår idag måndag tisdag onsdag torsdag fredag lördag söndag träffade besökte sade regeringen statsminister statsministern presidenten ministern januari februari mars maj juni juli oktober',
  pol: 'wczoraj dziś dzisiaj jutro poniedziałek wtorek środa czwartek piątek sobota niedziela spotkał spotkała odwiedził powiedział rząd prezydent premier',
};
for (const table of [NEWS_WORDS, NEIGHBOUR_NEWS_WORDS]) {
  for (const [lang, words] of Object.entries(table)) WORDS[lang] += ` ${words}`;
}

/** word → indices into FUNCTION_WORD_LANGUAGES of the languages it is a function word of. */
export const FUNCTION_WORD_LANGUAGES: readonly string[] = Object.keys(WORDS);
export const FUNCTION_WORDS: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  FUNCTION_WORD_LANGUAGES.forEach((lang, index) => {
    for (const word of new Set(WORDS[lang]!.split(' '))) {
      const list = map.get(word);
      if (list) list.push(index);
      else map.set(word, [index]);
    }
  });
  return map;
})();

/**
 * Letters beyond a–z that each Latin-script candidate writes natively (é is allowed everywhere for loanwords
 * and names like "Café", "Pokémon"). A word with a letter foreign to a language counts against it: "ä" rules out
 * Italian for "NATO stärkt Cyberabwehr" where trigrams alone cannot. Vietnamese uses too many to list: no penalty.
 */
const ALPHABETS: Record<string, string> = {
  eng: '', deu: 'äöüß', nld: 'ëïöüèá', afr: 'êëèôîïûáóú', dan: 'æøå', nob: 'æøåóòô', swe: 'åäö',
  fra: 'àâæçèêëîïôœùûüÿ', spa: 'áíóúüñ', por: 'áâãàçêíóôõú', ita: 'àèìíòóù', cat: 'àçèíïòóúü', glg: 'áíóúñü',
  ron: 'ăâîșşțţ', pol: 'ąćęłńóśźż', ces: 'áčďěíňóřšťúůýž', slk: 'áäčďíĺľňóôŕšťúýž', hun: 'áíóöőúüű',
  fin: 'äöå', tur: 'çğıöşüâîû', ekk: 'äöüõšž', lvs: 'āčēģīķļņšūž', lit: 'ąčęėįšųūž', slv: 'čšžćđ',
  hrv: 'čćđšž', bos: 'čćđšž', srp: 'čćđšž', als: 'çë', swh: '', tgl: 'ñ', ind: '', zlm: '',
};

/** Per Latin-script candidate (except Vietnamese): the set of non-ASCII letters it writes natively. */
export const NATIVE_LETTERS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(ALPHABETS).map(([lang, letters]) => [lang, new Set([...letters, 'é'])]),
);
