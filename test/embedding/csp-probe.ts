// Loaded first in the CSP test page: records every Content-Security-Policy violation.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
});
(window as unknown as { cspViolations: string[] }).cspViolations = violations;
