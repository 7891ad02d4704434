import { parseArgs } from 'node:util';
import { loadOrCreateKeys, signToken } from './local-auth.ts';
import { dataDirectory } from './settings.ts';

/** `npm run token -- --role admin` or `--role department --department <id>`: prints the token last. */
const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'admin' },
    department: { type: 'string' },
    subject: { type: 'string' },
    'expires-in': { type: 'string', default: '12h' },
  },
});

const role = values.role;
if (role !== 'admin' && role !== 'department') {
  console.error("--role is 'admin' or 'department'");
  process.exit(2);
}
if (role === 'department' && !values.department) {
  console.error('--role department needs --department <departmentId>');
  process.exit(2);
}
const keys = await loadOrCreateKeys(dataDirectory());
const token = await signToken(keys, {
  role,
  departmentId: values.department,
  subject: values.subject,
  expiresIn: values['expires-in'],
});
console.log(token);
