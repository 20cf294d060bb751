// GraphQL Code Generator for the tests: typed documents from the `graphql(`…`)` calls in tests/**/*.ts,
// against the committed schema (run from the repository root by npm run codegen / codegen:check).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['tests/**/*.ts', '!tests/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'tests/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        importExtension: '.js',
        scalars: { Cursor: 'string', DateTimeISO: 'string', Day: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
