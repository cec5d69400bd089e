/**
 * Currency names, codes and symbols, for the `currency` gazetteer bit of the German NER features. GermEval 2014 tags
 * currencies as OTH (MISC: "Euro" 47 of 47 times in its dev split), but only "Euro" and "Dollar" are frequent enough
 * to be learnt by their word form; the bit lets "Gulden", "Reichsmark" or "€" share what those teach. Written out here
 * (not generated from Intl) so that the model build does not depend on the ICU version of Node.
 * Ambiguous words that are mostly something else are left out ("Rand", "Real", "Krone", "Mark", "Pfund").
 */
export const CURRENCY_WORDS_DE: readonly string[] = [
  // current currencies, German names and plural or genitive forms
  'Euro', 'Euros', 'Cent', 'Cents', 'Dollar', 'Dollars', 'US-Dollar', 'Franken', 'Franc', 'Francs', 'Yen', 'Yuan',
  'Renminbi', 'Rubel', 'Rupie', 'Rupien', 'Peso', 'Pesos', 'Lira', 'Zloty', 'Złoty', 'Forint', 'Kronen', 'Dinar',
  'Dirham', 'Rial', 'Riyal', 'Schekel', 'Won', 'Baht', 'Rappen', 'Bitcoin', 'Bitcoins',
  // historical currencies
  'D-Mark', 'Reichsmark', 'Rentenmark', 'Ostmark', 'Gulden', 'Schilling', 'Pfennig', 'Pfennige', 'Groschen',
  'Taler', 'Talern', 'Dukaten', 'Kreuzer', 'Heller', 'Drachme', 'Drachmen', 'Peseta', 'Peseten', 'Escudo', 'ECU',
  // ISO 4217 codes of frequently quoted currencies (codes that are also common acronyms are left out)
  'EUR', 'USD', 'CHF', 'GBP', 'JPY', 'CNY', 'RUB', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'TRY', 'INR', 'BRL',
  'CAD', 'AUD', 'DM',
  // symbols
  '€', '$', '£', '¥', '₽', '₹',
];
