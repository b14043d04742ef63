// Textos em português do Brasil dos 34 motivos. Os fatos (quem age, se vale tentar de novo) estão em
// src/knowledge/reasons.ts.
import type { Reason } from '../../types.js';
import type { ReasonText } from '../types.js';

export const reasons = {
  authfailure: {
    summary: 'O servidor de destino não conseguiu confirmar que a mensagem saiu mesmo do seu domínio.',
    meaning:
      'O servidor do destinatário verificou o SPF, o DKIM e o DMARC do seu domínio, e as verificações falharam ou os registros não existem. O Gmail e o Yahoo, por exemplo, exigem SPF ou DKIM de todo remetente e, de quem envia em massa (mais de 5.000 mensagens por dia, no Gmail), SPF, DKIM e DMARC.',
    advice:
      'Peça a quem cuida do DNS do seu domínio que publique um registro SPF, assine os e-mails com DKIM e publique um registro DMARC. Se você envia por um serviço (ferramenta de e-mail marketing, CRM), cadastre no DNS os registros que esse serviço indicar e depois reenvie.',
    adminAdvice:
      'Confira se o SPF inclui todos os servidores e serviços que enviam em nome do domínio, se a assinatura DKIM é validada com a chave publicada e se o domínio do From está alinhado com o do SPF ou do DKIM. Mande um teste para uma caixa postal externa (Gmail, Outlook) e veja o cabeçalho Authentication-Results.',
    // what the hints of the providers and of each check leave out
    afterHint:
      'Se você envia por um serviço (ferramenta de e-mail marketing, CRM), cadastre no DNS os registros que esse serviço indicar.',
  },
  badreputation: {
    summary: 'No momento, o servidor de destino não confia nos e-mails que vêm do seu servidor ou domínio.',
    meaning:
      'O servidor de destino considera que o IP ou o domínio de envio tem má reputação, em geral por causa de reclamações, envios para armadilhas de spam (spam traps) ou picos de volume.',
    advice:
      'Envie só para quem pediu para receber seus e-mails, tire da lista os endereços que voltam com erro e facilite o descadastro. Diminua o volume por um tempo: a reputação se recupera depois de dias ou semanas de envios limpos.',
    // what the providers' hints (which say to lower the volume) leave out
    afterHint:
      'Envie só para quem pediu para receber seus e-mails, tire da lista os endereços que voltam com erro e facilite o descadastro: a reputação se recupera depois de dias ou semanas de envios limpos.',
    adminAdvice:
      'Veja o que as ferramentas dos provedores mostram sobre os seus envios (Google Postmaster Tools: a taxa de spam informada pelos usuários e se o seu domínio cumpre os requisitos de remetente do Gmail; Microsoft SNDS: os dados do seu IP). Procure contas invadidas ou formulários usados para mandar spam, e, ao começar a usar um IP novo, aqueça-o: comece com poucos envios por dia e aumente o volume aos poucos, ao longo de algumas semanas.',
  },
  blocked: {
    summary: 'O servidor de destino recusou a conexão do seu servidor de envio.',
    meaning:
      'Quem foi barrado é o IP ou o servidor que enviou, não a mensagem. As causas mais comuns são o IP estar numa lista de bloqueio ou o servidor parecer uma conexão doméstica (IP dinâmico, sem DNS reverso).',
    advice:
      'Se você usa um provedor de e-mail, encaminhe este aviso de falha na entrega ao suporte dele. Se o erro citar uma lista de bloqueio, consulte o IP nela e peça a remoção, mas resolva a causa antes (spam, conta invadida), senão o IP volta para a lista.',
    adminAdvice:
      'Consulte o IP de envio nas listas de bloqueio citadas na resposta (Spamhaus, Barracuda, SpamCop; para a Microsoft, sender.office.com). Antes de pedir a remoção, verifique se há relay aberto, contas comprometidas ou spam saindo do servidor.',
    retrying: {
      meaning:
        'Quem foi barrado, por enquanto, é o IP ou o servidor que enviou, não a mensagem. As causas mais comuns são o IP estar numa lista de bloqueio, o servidor parecer uma conexão doméstica ou o servidor de destino usar greylisting, que deixa passar numa das próximas tentativas.',
      adminAdvice:
        'Se a recusa temporária continuar por horas, não é greylisting: consulte o IP de envio nas listas de bloqueio citadas na resposta e, antes de pedir a remoção, verifique se há relay aberto, contas comprometidas ou spam saindo do servidor.',
    },
    // what the block lists' and providers' hints leave out
    afterHint:
      'Se você usa um provedor de e-mail, encaminhe este aviso de falha na entrega ao suporte dele.',
  },
  contenterror: {
    summary: 'O servidor de destino encontrou um problema técnico na própria mensagem.',
    meaning:
      'A mensagem está malformada: cabeçalhos inválidos, estrutura MIME quebrada ou codificação de caracteres errada. O problema está no jeito como a mensagem foi montada, não no que ela diz.',
    advice:
      'Se a mensagem saiu do seu programa de e-mail ou de uma ferramenta de envio, tente reenviar sem anexos incomuns e sem formatação fora do comum. Se continuar falhando, avise quem mantém a ferramenta.',
    adminAdvice:
      'Examine a mensagem bruta: sintaxe dos cabeçalhos, linhas com mais de 998 caracteres, delimitadores MIME, Content-Transfer-Encoding e dados de 8 bits enviados sem 8BITMIME.',
  },
  delivered: {
    summary: 'A mensagem foi entregue.',
    meaning: 'É um aviso de entrega bem-sucedida: o servidor de destino aceitou a mensagem para o destinatário.',
    advice: 'Não é preciso fazer nada.',
  },
  emailtoolarge: {
    summary: 'A mensagem é maior do que o servidor de destino aceita.',
    meaning:
      'O servidor do destinatário tem um limite de tamanho, e a mensagem passou dele. Os anexos ficam cerca de um terço maiores quando vão por e-mail.',
    advice:
      'Diminua a mensagem: compacte ou tire anexos, ou mande um link para o arquivo num serviço de armazenamento na nuvem. Depois, reenvie.',
    adminAdvice:
      'O limite aparece na resposta ou no valor SIZE que o servidor de destino anuncia no EHLO. Se o seu servidor também limita o tamanho, alinhe os dois limites e avise os usuários.',
  },
  expired: {
    summary: 'O seu servidor desistiu de entregar a mensagem depois de tentar por tempo demais.',
    meaning:
      'O servidor de envio recebeu erros temporários seguidos, ou não conseguiu se comunicar com o servidor de destino, e parou ao fim do prazo de tentativas (normalmente alguns dias). A causa real está nos erros anteriores.',
    advice:
      'Confira se o endereço do destinatário está certo e tente de novo mais tarde. Se falhar do mesmo jeito, peça ao destinatário que verifique o servidor de e-mail dele ou pergunte ao seu provedor qual erro o servidor de destino informou.',
    adminAdvice:
      'Procure no log da fila o último motivo de adiamento para esse destinatário (timeout, resposta 4xx, DNS). Corrija essa causa: aumentar o tempo de permanência na fila só esconde o problema.',
  },
  failedstarttls: {
    summary: 'Não foi possível estabelecer a conexão criptografada (TLS) entre os servidores.',
    meaning:
      'Um dos servidores exige criptografia TLS e a negociação falhou, ou o outro lado não oferece TLS. Por segurança, a mensagem não foi enviada sem criptografia.',
    advice:
      'Se o erro apareceu no seu programa de e-mail ao enviar, ative a criptografia do servidor de saída: STARTTLS na porta 587 ou SSL/TLS na 465. Caso contrário, encaminhe este aviso de falha na entrega a quem administra o seu servidor de e-mail ou ao suporte do seu provedor.',
    adminAdvice:
      'Verifique se o servidor de envio aceita TLS 1.2 ou superior, com cifras atuais e certificados de CA atualizados. Teste o servidor de destino com openssl s_client -starttls smtp; se o certificado dele estiver vencido ou inválido, avise o administrador de lá. Confira também políticas MTA-STS ou DANE que exijam TLS.',
  },
  feedback: {
    summary: 'Um destinatário marcou sua mensagem como spam ou reclamou dela.',
    meaning:
      'É uma reclamação, não uma falha na entrega: o provedor do destinatário avisou que ele marcou a mensagem como spam, num relatório de abuso (o formato de feedback da RFC 5965) que às vezes chega repassado pelo seu serviço de envio.',
    advice:
      'Pare de enviar para esse endereço agora e tire-o das suas listas. Muitas reclamações derrubam a sua reputação: envie só para quem pediu, coloque um link de descadastro visível em todas as mensagens e mantenha as reclamações abaixo de 0,3% dos envios (o Google recomenda menos de 0,1%).',
  },
  filtered: {
    summary: 'O servidor do destinatário recusou a mensagem por causa de um filtro ou de uma regra do próprio destinatário.',
    meaning:
      'Um filtro de conteúdo, ou uma configuração da caixa postal ou da empresa do destinatário, barrou a mensagem. Por exemplo: a caixa postal só aceita e-mails de remetentes autorizados.',
    advice:
      'Fale com o destinatário por outro meio e peça a ele que libere o seu endereço ou domínio. Depois disso, reenvie.',
  },
  hasmoved: {
    summary: 'O destinatário mudou de endereço de e-mail.',
    meaning: 'O endereço antigo não recebe mais mensagens dessa pessoa. Alguns servidores informam o endereço novo na resposta; muitos não informam.',
    advice:
      'Tire o endereço antigo da lista: ele não leva mais até a pessoa. Pergunte a ela, por outro meio, qual é o endereço atual; numa lista de envio, convide-a a se inscrever com o novo.',
    retrying: {
      meaning: 'O servidor de destino indica que o destinatário mudou de endereço, mas recusou só por enquanto: o seu servidor tenta de novo sozinho.',
      advice:
        'Por enquanto, não há nada a fazer. Se chegar o aviso de falha definitiva, tire o endereço antigo da lista e pergunte à pessoa, por outro meio, qual é o endereço atual.',
    },
  },
  hostunknown: {
    summary: 'O domínio do destinatário não existe ou não tem servidor de e-mail.',
    meaning:
      'A parte depois do @ não foi encontrada no DNS, ou não tem nenhum servidor que receba e-mail. Muitas vezes é erro de digitação, como "gmial.com".',
    advice: 'Confira a grafia do domínio e reenvie com o endereço certo. Se o endereço veio de uma lista, remova-o.',
    adminAdvice:
      'Consulte os registros MX e A do domínio do destinatário (dig MX seguido do domínio). Se o domínio não existir, o endereço está errado e ninguém do lado do destinatário tem o que corrigir; se existir sem servidor de e-mail, quem corrige é o administrador dele; se resolver normalmente em outro lugar, verifique o resolvedor DNS do seu servidor.',
  },
  mailboxfull: {
    summary: 'A caixa postal do destinatário está cheia.',
    meaning:
      'O destinatário esgotou o espaço disponível e só volta a receber e-mails quando liberar espaço. O endereço existe.',
    advice:
      'Tente de novo daqui a alguns dias ou fale com o destinatário por outro meio. Numa lista de envio, remova o endereço se ele continuar falhando por algumas semanas.',
    retrying: {
      advice:
        'Não é preciso fazer nada por enquanto: se o destinatário liberar espaço enquanto o seu servidor tenta de novo, a mensagem é entregue. Se chegar o aviso de falha definitiva, fale com ele por outro meio.',
    },
  },
  mailererror: {
    summary: 'Um programa no servidor do destinatário falhou ao entregar a mensagem.',
    meaning:
      'O servidor de destino repassa os e-mails a um programa (filtro, script, agente de entrega), e esse programa devolveu um erro.',
    advice:
      'Avise o destinatário por outro meio: quem precisa corrigir é o administrador do e-mail dele. Tente de novo mais tarde.',
  },
  networkerror: {
    summary: 'Um problema de rede ou de DNS impediu a entrega.',
    meaning:
      'O servidor de envio não conseguiu se conectar ao servidor de destino, a conexão expirou ou caiu, uma consulta DNS falhou ou a mensagem ficou presa num loop de roteamento.',
    advice:
      'Em geral isso se resolve sozinho, porque o seu servidor continua tentando. Se o problema durar mais de um dia, avise o seu provedor de e-mail.',
    final: {
      advice:
        'O seu servidor não vai tentar de novo: reenvie mais tarde. Se falhar outra vez, avise o seu provedor de e-mail, que pode ver no log por que a conexão com o servidor de destino falhou.',
    },
    adminAdvice:
      'Confira os registros MX do domínio do destinatário, se a porta 25 de saída está liberada e o log de conexões (timeouts, conexões recusadas). Em caso de loop, veja os cabeçalhos Received e as configurações de MX e de encaminhamento.',
  },
  norelaying: {
    summary: 'O servidor se recusou a repassar a sua mensagem para esse domínio.',
    meaning:
      'A mensagem foi parar num servidor que não cuida do domínio do destinatário e que não aceita repassá-la. Na maioria das vezes, o seu programa enviou pelo servidor errado ou sem fazer login.',
    advice:
      'Confira as configurações do servidor de saída (SMTP) no seu programa de e-mail: ele deve usar o servidor do seu provedor, com autenticação ativada. Se estiver tudo certo, encaminhe este aviso de falha na entrega ao seu provedor.',
    adminAdvice:
      'Configure os clientes para enviar pela porta 587 com SMTP AUTH. Se a recusa veio do servidor do destinatário, talvez os registros MX do domínio apontem para um servidor que não atende mais esse domínio: avise o administrador de lá.',
  },
  notaccept: {
    summary: 'O domínio do destinatário não aceita e-mails.',
    meaning:
      'O domínio declara no DNS que não recebe e-mails (registro "null MX", ou MX nulo), ou o registro MX dele aponta para um endereço que não recebe nada, como 0.0.0.0 ou localhost.',
    advice:
      'Confira o endereço. Se ele estiver certo, fale com o destinatário por outro meio e peça outro endereço. De qualquer forma, tire este endereço das suas listas.',
  },
  notcompliantrfc: {
    summary: 'A mensagem não segue o padrão de formato de e-mail.',
    meaning:
      'O servidor de destino conferiu a mensagem com a RFC 5322 e achou erros, como cabeçalho From ausente ou duplicado, ou falta de Message-ID. O Gmail recusa esses casos com o código 5.7.1.',
    advice:
      'Se a mensagem saiu de um site, de um sistema ou de uma ferramenta de envio, avise o responsável. E-mails escritos num programa de e-mail comum raramente têm esse problema.',
    adminAdvice:
      'Examine os cabeçalhos da mensagem bruta: exatamente um From, um Date e um Message-ID, nenhum cabeçalho de ocorrência única repetido (Subject, To) e endereços com sintaxe válida. Corrija a aplicação ou a biblioteca que monta a mensagem.',
  },
  onhold: {
    summary: 'Não foi possível identificar a causa: este aviso de falha na entrega precisa ser lido por uma pessoa.',
    meaning:
      'O aviso traz um código de falha, mas o texto dele não deixa a causa clara o bastante para classificá-la.',
    advice:
      'Leia o aviso de falha na entrega inteiro, principalmente as linhas que vieram do servidor do destinatário. Não reenvie a mesma mensagem sem entender o erro; na dúvida, consulte o seu provedor de e-mail.',
    adminAdvice: 'Procure a mensagem no log do servidor de envio para ver a resposta completa do servidor remoto.',
  },
  policyviolation: {
    summary: 'O servidor de destino recusou a mensagem por causa de uma política interna.',
    meaning:
      'A organização do destinatário tem regras que a mensagem não cumpre, como bloquear certos tipos de anexo ou recusar e-mails que não passam nas verificações dela. Em outro destino, a mesma mensagem poderia passar normalmente.',
    advice:
      'Veja na resposta qual regra foi citada e mude o que ela aponta (um tipo de anexo proibido pode ir como link, por exemplo) ou peça ao destinatário que consulte a equipe de TI dele.',
    // what the providers' hints leave out
    afterHint: 'Se a regra não fizer sentido para a sua mensagem, peça ao destinatário que consulte a equipe de TI dele.',
  },
  ratelimited: {
    summary: 'O servidor de destino está limitando a quantidade de e-mails que aceita de você.',
    meaning:
      'O servidor de destino limita quantas conexões, mensagens ou destinatários aceita de um mesmo remetente em certo período, e esse limite foi atingido.',
    advice:
      'Espere: o seu servidor tenta de novo sozinho, e as mensagens vão passando aos poucos. Em envios em massa, distribua as mensagens ao longo do tempo e coloque menos destinatários em cada mensagem.',
    final: {
      advice:
        'Estas mensagens foram recusadas de vez e não serão reenviadas sozinhas: espere o limite se renovar (em geral algumas horas) e reenvie só as que falharam. Em envios em massa, distribua as mensagens ao longo do tempo e coloque menos destinatários em cada mensagem.',
      afterHint:
        'As mensagens recusadas não serão reenviadas sozinhas: reenvie só as que falharam, mais tarde. Em envios em massa, distribua as mensagens ao longo do tempo e coloque menos destinatários em cada mensagem.',
    },
    // what the providers' hints (which say the server retries, or how fast to go) leave out
    afterHint: 'Em envios em massa, distribua as mensagens ao longo do tempo e coloque menos destinatários em cada mensagem.',
    adminAdvice:
      'Reduza no MTA o número de conexões simultâneas e a taxa de envio por domínio de destino, e também o número de destinatários por mensagem. Verifique se alguma conta está enviando um volume fora do normal.',
  },
  rejected: {
    summary: 'O servidor de destino recusou o seu endereço de remetente.',
    meaning:
      'O problema é o endereço do remetente (o MAIL FROM do envelope), não o do destinatário. Ele pode estar bloqueado, ou o domínio dele pode não existir ou estar sem DNS válido.',
    advice:
      'Confira se você está enviando do seu endereço verdadeiro e se o seu domínio está ativo. Se estiver tudo certo, encaminhe este aviso de falha na entrega ao seu provedor.',
    adminAdvice:
      'Verifique se o domínio do remetente do envelope resolve (registros MX ou A) e se o registro do domínio não venceu. Veja se o servidor de destino bloqueia esse remetente ou domínio, e se a aplicação não usa um return-path inventado ou digitado errado.',
  },
  requireptr: {
    summary: 'O servidor de destino recusou o seu servidor de envio porque ele não tem um DNS reverso (PTR) válido.',
    meaning:
      'O servidor de destino exige que o IP de envio tenha um nome no DNS reverso (PTR) que aponte de volta para o mesmo IP. O IP do seu servidor não tem esse registro, ou o registro não confere.',
    advice: 'Encaminhe este aviso de falha na entrega a quem administra o seu servidor de e-mail ou ao seu provedor.',
    adminAdvice:
      'Peça ao dono do IP (provedor de hospedagem ou de acesso) que configure um PTR com um nome cujo registro A/AAAA aponte de volta para esse IP, e use esse mesmo nome no HELO/EHLO.',
  },
  securityerror: {
    summary: 'O servidor recusou a mensagem porque a autenticação ou uma verificação de segurança falhou.',
    meaning:
      'O servidor exige login (SMTP AUTH) antes do envio, ou o usuário e a senha estavam errados, ou outra regra de segurança do lado de quem envia falhou.',
    advice:
      'Confira o usuário, a senha e as configurações do servidor de saída no seu programa de e-mail. Alguns provedores, como o Gmail, exigem uma senha de app.',
    adminAdvice:
      'Confira a configuração do SMTP AUTH (mecanismo, TLS antes do AUTH, porta 587), a situação da conta e possíveis bloqueios. Se as falhas vêm de lugares desconhecidos, investigue um possível vazamento de senha.',
  },
  spamdetected: {
    summary: 'O servidor de destino classificou a sua mensagem como spam.',
    meaning: 'O filtro antispam do provedor do destinatário analisou o conteúdo e concluiu que ele parece e-mail não solicitado.',
    advice:
      'Revise o conteúdo: evite mensagens feitas só de imagem, encurtadores de link e linguagem apelativa, e use links apenas para sites confiáveis. Envie só para quem pediu e garanta que o seu domínio passe nas verificações SPF, DKIM e DMARC.',
    adminAdvice:
      'Verifique se os domínios dos links e o IP de envio não estão em listas de bloqueio e se nenhuma conta ou formulário do seu lado está mandando spam.',
  },
  suppressed: {
    summary: 'O seu serviço de envio não mandou esta mensagem porque o endereço está na lista de supressão dele.',
    meaning:
      'Uma mensagem anterior para esse endereço voltou com erro ou gerou reclamação, por isso o serviço (o Amazon SES, por exemplo) bloqueia novos envios para ele. A mensagem nem chegou a sair do serviço de envio.',
    advice:
      'Remova o endereço da sua lista. Só o tire da lista de supressão se tiver certeza de que ele voltou a funcionar, por exemplo quando o próprio destinatário confirmar.',
  },
  suspend: {
    summary: 'A caixa postal do destinatário está desativada ou suspensa.',
    meaning:
      'O endereço existe, mas a conta está desativada, muitas vezes por falta de uso ou por bloqueio. Raramente volta a funcionar.',
    retrying: {
      summary: 'A caixa postal do destinatário está indisponível por enquanto.',
      meaning:
        'O servidor do destinatário recusou a entrega de forma temporária: a caixa postal pode estar em manutenção ou bloqueada por pouco tempo.',
      advice:
        'Não é preciso fazer nada por enquanto: o seu servidor tenta de novo sozinho. Se chegar o aviso de falha definitiva, tire o endereço da lista.',
      afterHint: 'Se chegar o aviso de falha definitiva, tire o endereço da lista.',
    },
    advice:
      'Se for alguém que você conhece, fale com ele por outro meio. Numa lista de envio, tire o endereço agora e só o coloque de volta se o destinatário pedir: contas desativadas raramente voltam, e insistir nelas prejudica a sua reputação.',
    // what the providers' hints (which say to reach the person another way) leave out
    afterHint:
      'Numa lista de envio, tire o endereço agora e só o coloque de volta se o destinatário pedir: contas desativadas raramente voltam, e insistir nelas prejudica a sua reputação.',
  },
  syntaxerror: {
    summary: 'O servidor de destino recusou como inválido um comando enviado pelo seu servidor, ou os parâmetros dele.',
    meaning:
      'Um comando SMTP ou os parâmetros dele eram inválidos (códigos 5.5.x), e os servidores não conseguiram se comunicar direito. É um problema de software ou de configuração, não da sua mensagem.',
    advice: 'Encaminhe este aviso de falha na entrega a quem administra o seu servidor de e-mail ou ao seu provedor.',
    adminAdvice:
      'Localize no log o comando que recebeu a resposta de erro. Confira o nome usado no HELO, a sintaxe dos endereços em MAIL FROM/RCPT TO, os finais de linha (CRLF) e qualquer proxy ou filtro entre os servidores.',
  },
  systemerror: {
    summary: 'O servidor de e-mail do destinatário teve um erro interno.',
    meaning:
      'O sistema de destino falhou por um erro de configuração, uma falha interna ou um loop de e-mails do lado dele.',
    advice:
      'Tente de novo mais tarde. Se continuar falhando, avise o destinatário por outro meio para que o administrador de lá corrija o problema.',
    retrying: {
      advice:
        'O seu servidor tenta de novo sozinho, e esse tipo de problema costuma passar. Se chegar o aviso de falha definitiva, avise o destinatário por outro meio para que o administrador de lá corrija o problema.',
    },
  },
  systemfull: {
    summary: 'O servidor de e-mail do destinatário está sem espaço em disco ou sem recursos.',
    meaning: 'É o servidor de destino inteiro, e não só uma caixa postal, que não consegue guardar mais mensagens no momento.',
    advice:
      'Não é preciso fazer nada por enquanto: o seu servidor tenta de novo sozinho. Se o problema continuar, avise o destinatário por outro meio.',
    final: { advice: 'O seu servidor não vai tentar de novo: reenvie mais tarde. Se falhar outra vez, avise o destinatário por outro meio.' },
  },
  undefined: {
    summary: 'O aviso de falha na entrega não diz por que o envio falhou.',
    meaning: 'Nada no aviso (código, status ou texto) indica a causa.',
    advice:
      'Confira o endereço e tente de novo mais tarde. Se falhar outra vez, peça ao seu provedor de e-mail o registro desta mensagem no log.',
    adminAdvice: 'Procure a mensagem no log do servidor de envio para ler a resposta completa do servidor remoto.',
  },
  userunknown: {
    summary: 'O endereço do destinatário não existe.',
    meaning:
      'O servidor do destinatário informa que não há nenhuma caixa postal com esse nome: o endereço foi digitado errado, foi excluído ou nunca existiu.',
    advice:
      'Confira a grafia e só reenvie com o endereço corrigido. Se o endereço estiver numa lista de envio, remova-o: mandar e-mails para endereços inexistentes prejudica a sua reputação.',
    // after a provider's hint, which already says to check the spelling with the recipient
    afterHint:
      'Só reenvie com o endereço corrigido. Se o endereço estiver numa lista de envio, remova-o: mandar e-mails para endereços inexistentes prejudica a sua reputação.',
    retrying: {
      summary: 'Por enquanto, o servidor do destinatário não reconhece o endereço.',
      meaning:
        'O servidor do destinatário recusou o endereço, mas de forma temporária: ele pode estar conferindo o endereço (o Postfix faz isso) ou com o diretório de usuários fora do ar.',
      advice:
        'Confira a grafia do endereço. Se estiver certo, espere: o seu servidor tenta de novo sozinho. Numa lista de envio, só remova o endereço se chegar o aviso de falha definitiva.',
    },
  },
  vacation: {
    summary: 'Esta é uma resposta automática, como um aviso de férias ou de ausência.',
    meaning:
      'O destinatário recebeu a sua mensagem, e a caixa postal dele respondeu automaticamente (RFC 3834). Nada falhou.',
    advice: 'Não é preciso fazer nada. Veja na resposta se há uma data de retorno ou outro contato.',
  },
  virusdetected: {
    summary: 'O servidor de destino encontrou um vírus na sua mensagem.',
    meaning: 'O antivírus do servidor de destino identificou a mensagem ou um dos anexos como malicioso.',
    advice:
      'Não reenvie o mesmo anexo. Passe um antivírus atualizado no seu computador e no arquivo; se o arquivo estiver limpo, mande-o de outro jeito, por exemplo como link.',
    adminAdvice:
      'Verifique se há malware ou contas comprometidas enviando pelo servidor. Considere passar antivírus também nos e-mails de saída, para que mensagens infectadas nem saiam.',
  },
} satisfies Record<Reason, ReasonText>;
