// An attachment refused for its type (.exe, .js, .bat, a macro document, an archive holding one), not its
// size: "552 5.3.4 Attachment type not allowed (.exe)" carries a size code that the words contradict,
// so this is a row (rows are read before the codes) rather than a phrase. Not a size limit: "attachments
// larger than 10 MB are not allowed" names no type and stays emailtoolarge.
import type { Signature } from './types.js';

export const attachmentTypeSignatures = [
  {
    id: 'attachment:type-refused',
    provider: 'attachment',
    text: [
      'attachment type', 'attachment with', 'file type not allowed', 'file type is not allowed', 'file extension',
      ['extension', 'not allowed'], ['extension', 'not permitted'], 'banned attachment', 'prohibited attachment',
      'forbidden attachment', 'blocked attachment', 'dangerous attachment', 'executable attachment',
      'tipo de anexo', 'tipo de arquivo', 'extensão de arquivo', 'extensão não permitida', 'anexo proibido', 'anexo bloqueado',
      // "Mensagem recusada: anexos do tipo .exe não são permitidos"
      'anexos do tipo', ['anexos', 'não são permitidos'],
      // "Arquivo anexo com extensão proibida" (not 'anexo não permitido': "Anexo não permitido: vírus detectado")
      ['extensão', 'proibida'], ['extensao', 'proibida'],
      // "Anexo executável não permitido", as 'executable attachment' (not the words alone: "Vírus encontrado
      // no anexo executável" is a virus)
      ['anexo executável', 'não permitid'], ['anexo executavel', 'nao permitid'],
    ],
    reason: 'policyviolation',
    // only the sender can send it without that file (zipped, or as a link): no rule of the recipient's to
    // change for one message, as Gmail's own refusal of an attachment (google.ts)
    actors: ['sender'],
    source: 'observed',
  },
] as const satisfies readonly Signature[];
