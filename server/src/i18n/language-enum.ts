// The GraphQL enum of languages.
import { registerEnumType } from 'type-graphql';

export enum Language {
  nl = 'nl',
  en = 'en',
}
registerEnumType(Language, {
  name: 'Language',
  description: 'nl (Dutch, nl-BE, the default) or en (English).',
});
