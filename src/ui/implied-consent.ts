// Copy that treats using, continuing, browsing, scrolling or staying on the site as consent is not consent
// (EDPB 05/2020, CNIL): R-GDPR-10. One pattern per shipped language, each "doing something on the site"
// followed by a word of agreeing in the same sentence or so. The patterns are in lower case, matched against the text in lower case; the u flag lets them read ą, é, ü.
const DOING = [
  // en: "By using our site…", "If you continue to browse…", "Continued use of this site…"
  'by (?:(?:further|continued) )?(?:us(?:e|ing)|continu(?:e|ing)|brows(?:e|ing)|scroll(?:ing)?|stay(?:ing)?|remain(?:ing)?|visit(?:ing)?|navigat(?:e|ing))',
  'if you (?:continue|keep|carry on|proceed|stay|remain)',
  '(?:continued|further) (?:use|browsing)',
  // de: "Durch die Nutzung dieser Website…", "Wenn Sie weitersurfen…"
  '(?:durch|mit|bei) (?:der |dem |die |das |ihre[mnr]? )?(?:weitere[nr]? )?(?:nutzung|benutzung|verwendung|besuch|surfen|scrollen|weitersurfen|browsen)',
  'wenn sie [^.]{0,60}weiter',
  // fr: "En poursuivant votre navigation…", "Si vous continuez…"
  'en (?:poursuivant|continuant|utilisant|naviguant|restant|parcourant|faisant défiler)',
  'si vous (?:continuez|poursuivez|restez)',
  'poursuite de (?:votre|la) navigation',
  // es: "Al utilizar este sitio…", "Si continúa navegando…"
  'al (?:utilizar|usar|continuar|seguir|navegar|desplazar|permanecer)',
  'si (?:usted )?(?:contin[uú]as?|sigues?|permaneces?) ',
  // it: "Continuando a navigare…", "Proseguendo la navigazione…", "Se continui…"
  '(?:continuando|proseguendo|scorrendo|rimanendo) ',
  '(?:utilizzando|usando|navigando) (?:questo|il nostro|il) sito',
  'se (?:continui|prosegui|continua|prosegue) ',
  // nl: "Door gebruik te maken van deze website…", "Als u doorgaat…"
  'door [^.]{0,60}(?:gebruik te maken|te gebruiken|verder te|te blijven|te scrollen|te surfen|te browsen|door te gaan)',
  'als (?:u|je|jij) [^.]{0,60}(?:doorgaat|verder gaat|verder surft|blijft)',
  // pt: "Ao continuar a navegar…", "Se continuar…"
  'ao (?:continuar|utilizar|usar|navegar|permanecer|prosseguir|percorrer|rolar)',
  'se (?:você )?(?:continuar|prosseguir|permanecer) ',
  // pl: "Korzystając z tej strony…", "Dalsze korzystanie…", "Jeśli nadal…"
  '(?:korzystając|kontynuując|przeglądając|pozostając|przewijając|używając) ',
  'dalsze (?:korzystanie|przeglądanie|użytkowanie|używanie)',
  'jeśli [^.]{0,60}(?:nadal|dalej)',
];
const AGREEING = [
  'consen', 'agree', 'accept', 'assume', 'deemed',
  'einverstanden', 'zustimm', 'stimmen sie', 'einwillig', 'akzeptier', 'gehen wir davon aus',
  "d['’]accord", 'réputé', 'considér',
  'acept', 'de acuerdo', 'consideramos', 'entendemos',
  'accett', 'acconsent',
  'akkoord', 'toestemming', 'accepteer', 'ervan uit', 'stemt? (?:u|je) in', 'in te stemmen',
  'concord', 'aceit', 'de acordo',
  'zgod', 'zgadza', 'akcept',
];

// Lower case and no `i` flag: case-insensitive Unicode patterns this long take Chromium 7 to 15 ms to compile
// on their first use, on every first visit (the banner checks its words before it shows); this way, 1 to 2 ms.
// The gaps are bounded: such copy says both halves in one sentence, and a long text must not take
// quadratic time.
const PATTERN = new RegExp(`(?:^|[^\\p{L}])(?:${DOING.join('|')}).{0,160}?(?:${AGREEING.join('|')})`, 'u');

/** Whether visitor-facing copy treats using the site as consent, in any built-in language. */
export const impliesConsent = (text: string): boolean => PATTERN.test(text.toLowerCase());
