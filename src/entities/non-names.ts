/**
 * Words a statistical tagger tends to take for names that no news reader would mark: currencies and
 * units ("Euro" is tagged MISC by taggers trained on GermEval-style data), and generic place nouns.
 * Only mentions from the tagger or compromise are filtered; gazetteer and rule mentions are not.
 */
const NON_NAMES = new Set(
  [
    // currencies and units (German and English spellings)
    'Euro', 'Euros', 'Dollar', 'Dollars', 'US-Dollar', 'Franken', 'Pfund', 'Yen', 'Yuan', 'Renminbi', 'Rubel', 'Rupie',
    'Rupien', 'Rupee', 'Rupees', 'Lira', 'Kronen', 'Krone', 'Zloty', 'Forint', 'Won', 'Peso', 'Pesos', 'Real', 'Rand',
    'Bitcoin', 'Cent', 'Kilowattstunde', 'Kilowattstunden', 'Megawatt', 'Gigawatt', 'Terawattstunden',
    // generic place and institution nouns without a name
    'Hansestadt', 'Landeshauptstadt', 'Hauptstadt', 'Bundesland', 'Bundesländer', 'Freistaat', 'Innenstadt', 'Altstadt',
  ].map((w) => w.toLowerCase()),
);

export function isNonName(text: string): boolean {
  return NON_NAMES.has(text.toLowerCase());
}
