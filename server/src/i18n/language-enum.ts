// The GraphQL enum of languages (the values are LANGUAGES, in language.ts).
import { graphqlEnum } from '../graphql/enums.js';
import { LANGUAGES, type Language as LanguageValue } from './language.js';

export const Language = graphqlEnum(LANGUAGES, {
  name: 'Language',
  description: 'nl (Dutch, nl-BE, the default) or en (English).',
});
export type Language = LanguageValue;
