/**
 * How sure each rule is of what it finds. The merge step (../merge.ts) prefers surer mentions where finders overlap,
 * so the order among these matters more than their exact values.
 */
export const CONFIDENCE = {
  // ---- persons ----
  /** Title + several name words, one a known first name or surname ("Bundeskanzler Olaf Scholz"): the surest person. */
  titledKnownName: 0.9,
  /** Title + several unknown name words ("Präsidentin Malwina Oberkirch"): the title vouches for the name. */
  titledName: 0.85,
  /** Title + one known first name or surname ("Kanzler Scholz"). */
  titledKnownWord: 0.8,
  /** Title + one unknown capitalised word: it may be a noun after the title. */
  titledWord: 0.7,
  /** Korean-style given name with a hyphen ("Yoon Suk-yeol"): a distinctive shape. */
  koreanName: 0.8,
  /** Known first name + known surname ("Annalena Baerbock"). */
  firstNameSurname: 0.85,
  /** Known first name + unknown capitalised word: many first names are also words ("Mark", "Hope"). */
  firstNameWord: 0.75,

  // ---- media ----
  /** After an agency cue ("Nachrichtenagentur Kyodo") or around "news agency": agencies have short, unusual names. */
  agency: 0.85,
  /** After another media cue ("der Sender CNN", "die Zeitung …"): what follows is more often not a name. */
  mediaCue: 0.7,
  /** Prefix of a media compound ("Yonhap-Nachrichtenagentur"). */
  mediaCompound: 0.8,
  /** Several capitalised words ending in a media head after an attribution word ("laut Korea Times"). */
  mediaAfterAttribution: 0.8,

  // ---- organisations ----
  /** Capitalised words before a legal form ("Siemens AG", "Apple Inc."): a legal form is strong evidence. */
  legalForm: 0.8,
  /** Words on both sides of a head ("Europäische Kommission für …", "National Ministry of Defence"). */
  headBothSides: 0.8,
  /** Words on one side of a head ("Europäische Kommission", "Ministry of Defence"). */
  headOneSide: 0.7,
  /** A compound after a hyphenated name ("Robert Koch-Institut"). */
  hyphenHead: 0.75,
  /** An adjective before an organisation compound ("Baltische Handelsagentur"). */
  compoundWithAdjective: 0.7,
  /** An organisation compound after a country adjective ("Südkoreanisches Außenministerium"): often generic. */
  compoundAfterCountry: 0.6,
  /** An authority with its seat ("Oberlandesgericht Düsseldorf"). */
  authorityWithSeat: 0.8,
  /** A coordinated authority without a seat ("Industrie- und Handelskammer"). */
  authorityWithoutSeat: 0.7,

  // ---- companies ----
  /** A descriptor + name with evidence (legal form, company tail, unusual shape: "der Zahlungsdienstleister Velora Payments"). */
  descriptorWithEvidence: 0.8,
  /** A descriptor + name without such evidence ("der Lieferdienst Flinkwagen"). */
  descriptorName: 0.7,
  /** An item of a list of names after a descriptor ("Volvo, Scania and Saab"). */
  listItem: 0.7,
  /** Unknown capitalised words before a company tail ("Wardly Health"). */
  beforeTail: 0.75,
  /** An unknown word before a party noun ("Isamaa party"). */
  party: 0.7,
  /** A later short mention of a company found above ("Lumera" after "Lumera Energie"). */
  shortMention: 0.7,
} as const;
