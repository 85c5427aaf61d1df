// Values the security tests put in every field.

/** Text a hostile or careless client might put in any field. */
export const HOSTILE_STRINGS = [
  "' OR '1'='1' --",
  "'; DROP TABLE enrollments; --",
  "\"; select pg_sleep(5); --",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}${7*7}",
  "nul\u0000byte",
  "control\u0001\u0007\u001b[31m",
  "right\u202eto-left",
  "zero\u200bwidth",
  "emoji 🎓📚",
  "lone \ud800 surrogate",
  "Ünïcødé — ñ 漢字",
  "   ",
  "",
  "%00%27%3Cscript%3E",
  "../../../../etc/passwd",
  "a".repeat(5000),
];
