// GraphQL Code Generator: typed documents for the web app from the committed schema (npm run codegen -w web),
// and the manifest of its trusted documents (persisted-documents.json: sha256 → document), which the server
// runs by hash (server/src/graphql/trusted-documents.ts, decision 0039).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['app/**/*.{ts,tsx,graphql}', '!app/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'app/graphql/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        gqlTagName: 'graphql',
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
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
