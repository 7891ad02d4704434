// The development sign-in page's script (infra/local/dev-sign-in.ts serves it; it is in no AWS build).
// The page's CSP allows no form submission, so the form posts JSON itself; the answer sets an
// HttpOnly cookie this script never sees.
const form = document.getElementById('sign-in-form');
const department = document.getElementById('department');
const error = document.getElementById('sign-in-error');

const sync = () => {
  department.disabled = form.elements.role.value !== 'department';
};
form.addEventListener('change', sync);
sync();

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.textContent = '';
  const role = form.elements.role.value;
  const response = await fetch('/dev/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(role === 'department' ? { role, departmentId: department.value } : { role }),
  });
  if (response.ok) location.reload();
  else error.textContent = (await response.json()).detail;
});

document.getElementById('sign-out').addEventListener('click', async () => {
  await fetch('/dev/sign-out', { method: 'POST' });
  location.reload();
});
