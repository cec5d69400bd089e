/**
 * English word lists of the compromise-based finder (src/entities/english/): titles, head words, non-names.
 * They overlap the gazetteer lexicon's titles and organisation heads, but are not the same lists (lower-case
 * single words, more heads): reading the lexicon instead would change what the finder finds.
 */

// Role words that precede a person's name but are not part of it (lowercase form; hyphen parts are checked too).
export const TITLE_WORDS = new Set(
  (
    'president president-elect minister ministers secretary lt lieutenant col colonel maj admiral adm commander cmdr ' +
    'chancellor king queen prince princess pope senator sen rep representative congressman congresswoman governor ' +
    'gov mayor judge justice chairman chairwoman chair ceo cfo coo cto director ambassador envoy commissioner premier ' +
    'speaker leader mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father sister archbishop ' +
    'bishop cardinal rabbi imam sheikh sheik emir sultan ayatollah captain capt sergeant sgt officer detective ' +
    'inspector coach spokesman spokeswoman spokesperson premier-elect founder emperor empress tsar czar'
  ).split(/\s+/),
);

// Words that are part of a title only before another title word ("Foreign Minister", but "Foreign Ministry";
// "Secretary-General", but "State Department").
export const TITLE_MODIFIERS = new Set(
  'vice deputy prime foreign defense defence interior finance trade health state acting former late first crown chief attorney ex general'.split(' '),
);

// Ranks that precede a name but also open organisation names ("General Mark Milley" / "General Assembly").
export const RANK_WORDS = new Set(['general', 'gen', 'major']);

// Head words that make a capitalised run an organisation.
export const ORG_HEADS = new Set(
  (
    'agency airline airlines airways alliance army assembly association authority bank board bureau cabinet center centre ' +
    'church club coalition college commission committee company congress corp corporation council court department ' +
    'federation force forces foundation front fund government group guard inc institute institution league ltd ' +
    'media ministry movement navy network office organisation organization parliament party police press publishing ' +
    'records school senate service services society studio studios team times tribunal union university co llc plc ' +
    'gmbh ag fc united democrats republicans conservatives socialists greens administration hospital hospitals ' +
    'museum library orchestra band brigade battalion division command corps hotel theatre theater cinema lines'
  ).split(/\s+/),
);

// Head words that make a capitalised run a place.
export const LOC_HEADS = new Set(
  (
    'airport avenue bay beach bridge canal canyon cape city coast county desert district forest gulf harbor harbour hill ' +
    'hills island islands lake mount mountain mountains ocean park peninsula plain plaza province region republic river ' +
    'road sea seas square state station strait street territory town valley village volcano empire kingdom ' +
    'principality duchy caliphate emirate sultanate basin delta plateau archipelago channel glacier lagoon reef ridge ' +
    'range highlands lowlands rift'
  ).split(/\s+/),
);

// Heads of names of events, laws, products and works: such runs are MISC, never people.
export const MISC_HEADS = new Set(
  (
    'act agreement accord amendment award awards bill championship championships convention cup day declaration ' +
    'doctrine festival games grand prix olympics open prize protocol treaty trophy war series summit index assistant ' +
    'program programme plan initiative project tour show period age era revolution uprising dynasty universiade'
  ).split(/\s+/),
);

// First words that make a multi-word name a place ("North Kesteven", "Greater Manchester").
export const LOC_PREFIXES = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'greater', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);

// Capitalised compounds that are adjectives, not names ("Oscar-winning", "Kremlin-backed").
export const ADJECTIVE_COMPOUND_RE = /-(?:parent|maker|owner|based|led|backed|winning|born|owned|run|style|made|funded|controlled|speaking|era|like|related|bound|wide|linked|sponsored|held|occupied|friendly|language|registered|listed|centric|focused|inspired|themed)$/u;

// Capitalised words that never start or make a name on their own (sentence openers, pronouns, calendar words).
export const NON_NAME_WORDS = new Set(
  (
    'i a an the this that these those he she it we they you his her its our their my your there here what when where ' +
    'why how who which while if but and or so yet also however although though because after before during since ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'today yesterday tomorrow mr mrs ms dr ok yes no not new in on at for from to with by as into onto over under ' +
    'about against between among through during without within upon then now thus still even just only every each ' +
    'all some many most more much several both either neither such other another'
  ).split(/\s+/),
);

// Connectors allowed inside a name ("Bank of America", "Ludwig van Beethoven", "Abu Bakr al-Baghdadi").
export const NAME_CONNECTORS = new Set(['of', 'de', 'del', 'della', 'der', 'den', 'van', 'von', 'du', 'da', 'di', 'la', 'le', 'al', 'bin', 'ibn', '&']);

// Acronyms that are places (compared without dots: "U.S." is "US").
export const PLACE_ACRONYMS = new Set(['US', 'USA', 'UK', 'UAE', 'USSR', 'DRC', 'PRC', 'ROK', 'DPRK', 'GB', 'NYC', 'DC']);

// All-caps words that are not names.
export const NON_NAME_ACRONYMS = new Set(
  (
    'I A OK TV CEO CFO COO CTO GDP AM PM DNA RNA AIDS HIV COVID ID IT AI CD DVD GPS PC UFO FAQ CO2 II III IV VI VII VIII ' +
    'IX XI XII XIII XIV XV XX PS PPS VIP MP MPS PHD MBA BA MA BSC MSC RSVP ASAP FYI ETA USD EUR GBP JPY KM KG MPH HQ ' +
    'LGBT LGBTQ NB PDF HTML URL SMS GMT UTC EST EDT PST PDT CET CEST BC AD BCE CE AM FM'
  ).split(/\s+/),
);

// Single words that are organisation heads but, alone, are generic ("the Government", "the Ministry").
export const GENERIC_HEADS = new Set('government administration department ministry office company group board team hospital hospitals school university college police agency party court committee council commission union bank service services authority'.split(' '));

// Before a run compromise does not know, these make it a place ("in Badarpur", "near Monte Carlo").
export const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'inside', 'from']);

// Verbs of saying after a bare name make it a person ("Yoon said", "Stoltenberg told reporters").
export const SPEECH_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'stated', 'argued', 'argues', 'noted', 'notes', 'explained', 'explains', 'insisted', 'insists', 'warned', 'warns', 'asked', 'asks', 'replied', 'tweeted', 'recalled', 'recalls', 'admitted', 'admits', 'acknowledged', 'suggested', 'suggests', 'announced', 'claimed', 'claims', 'believes', 'thinks']);

// Abbreviations whose full stop belongs to a name at its end ("Apple Inc.", "Martin Luther King Jr.").
export const ABBREVIATION_DOT_WORDS = new Set(['inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'bros', 'st', 'mt', 'ft']);

// "a Harley-Davidson spokeswoman", "the Obama administration": a name between a determiner and a role noun is an organisation.
export const DETERMINERS = new Set(['a', 'an', 'the']);

export const ORG_ROLE_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'administration', 'executive', 'executives', 'employee', 'employees', 'staff', 'board', 'campaign', 'government']);

// Nationality adjectives compromise's lexicon lacks.
export const DEMONYMS_NOT_IN_COMPROMISE: readonly string[] = 'british english french dutch irish scottish welsh spanish swedish danish finnish polish turkish kurdish flemish cornish'.split(' ');
