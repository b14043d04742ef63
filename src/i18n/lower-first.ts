// A sentence's first word, lower-cased to follow a colon ("Falha permanente: não há rota..."), but an
// acronym kept ("TLS", "SMTP AUTH"). Accented letters count: "Não" becomes "não".

export function lowerFirst(s: string): string {
  const second = s.charAt(1);
  return second && second !== second.toUpperCase() ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
