// GraphQL Code Generator: typed documents for the web app from the committed schema (npm run codegen -w web).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['app/**/*.{ts,tsx,graphql}', '!app/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'app/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { Cursor: 'string', DateTimeISO: 'string', Day: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
