/** Dependency rules: data flows case-model → sync | storage → server | client → test. */
module.exports = {
  forbidden: [
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'An import that cannot be resolved is a missing dependency or an undeclared workspace link.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make modules impossible to reason about in isolation.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'packages-never-import-apps',
      severity: 'error',
      comment: 'A package is pure core: it may not reach into server, client or test.',
      from: { path: '^packages/' },
      to: { path: '^(server|client|test)/' },
    },
    {
      name: 'case-model-imports-no-workspace-package',
      severity: 'error',
      comment: 'case-model is the root of the graph: it imports yjs only.',
      from: { path: '^packages/case-model/' },
      to: { path: '^packages/(?!case-model/)' },
    },
    {
      name: 'case-model-imports-only-yjs',
      severity: 'error',
      comment: 'case-model imports yjs and nothing else from npm (no I/O libraries).',
      from: { path: '^packages/case-model/' },
      to: {
        dependencyTypes: [
          'npm',
          'npm-dev',
          'npm-optional',
          'npm-peer',
          'npm-no-pkg',
          'npm-unknown',
        ],
        pathNot: '(^|/)node_modules/(yjs|lib0|fast-check|vitest|@vitest)/',
      },
    },
    {
      name: 'case-model-no-node-builtins',
      severity: 'error',
      comment: 'case-model is pure: no fs, net or other Node built-ins.',
      from: { path: '^packages/case-model/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'server-never-imports-client',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(client|test)/' },
    },
    {
      name: 'client-never-imports-server',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^(server|test)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    preserveSymlinks: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
    tsConfig: { fileName: 'tsconfig.base.json' },
  },
};
