import { checkImports } from './import-graph';

const violations = checkImports(process.cwd());
for (const v of violations) {
  const where = v.cycle ? v.cycle.join(' → ') : `${v.from} → ${v.to}`;
  console.error(`✖ ${v.rule}: ${where}`);
}
if (violations.length > 0) {
  console.error(`\n${violations.length} import boundary violation(s); see CONTRIBUTING.md "Boundaries".`);
  process.exit(1);
}
console.log('import boundaries: ok');
