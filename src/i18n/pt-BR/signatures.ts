// Dicas em português do Brasil das assinaturas de provedores: o que a regra do próprio provedor
// acrescenta ao conselho geral do motivo. O link da documentação do provedor aparece à parte (`source`).
import type { OwnWordsSignatureId, SignatureId } from '../../knowledge/signatures/index.js';
import type { SignatureText } from '../../types.js';

/** Google Groups' refusal, read from its headers or from its text alone. */
const GROUPS_CANNOT_POST =
  'O Google Groups não aceitou a mensagem: o grupo pode não existir ou o seu endereço pode não ter permissão para postar nele (talvez seja preciso entrar no grupo antes, ou o grupo não aceita postagens). Confira o endereço do grupo e fale com o dono dele.';

/** Rackspace's G28, read with its host or from its text alone. */
const RACKSPACE_G28 =
  'O Rackspace desconfia de IPs novos ou sem histórico de envio; aumente o volume desse IP aos poucos ou envie por um servidor já estabelecido, e procure o suporte do Rackspace se o erro continuar.';

/** A message that went round between servers: the same words whichever server stopped it (mail-loop.ts). */
const LOOP_HINT =
  'Avise o destinatário por outro meio: em geral é um encaminhamento dele (ou do administrador dele) que aponta de volta, como um endereço que encaminha para outro, que encaminha de volta para o primeiro. Se os cabeçalhos Received da mensagem devolvida mostrarem que ela rodou entre servidores seus, a correção é do administrador do seu servidor. Reenviar antes disso só repete o loop.';
const LOOP_WORDS = {
  name: 'Loop de entrega',
  summary: 'A mensagem ficou rodando num loop entre servidores de e-mail, e um deles a devolveu.',
  meaning:
    'Cada servidor que passa a mensagem adiante acrescenta um cabeçalho Received; quando eles passam de um limite, o servidor entende que a mensagem está em loop e para a entrega. Quase sempre é um encaminhamento ou alias que aponta de volta, ou registros MX e regras de relay que devolvem a mensagem para quem a mandou.',
  adminAdvice:
    'Leia os cabeçalhos Received da mensagem devolvida para ver por quais servidores ela passou e onde o caminho se repete. Confira os encaminhamentos e aliases do destinatário, os registros MX do domínio dele e as regras de relay (no Postfix, relayhost, transport_maps e os domínios em mydestination e relay_domains).',
};

/** A group that refused a post: the same words for Google Groups and any other group (groups.ts). */
const GROUP_WORDS = {
  name: 'Grupo só aceita membros',
  summary: 'O grupo de destino não aceitou a sua mensagem: ele só aceita mensagens de membros ou de remetentes autorizados, ou não existe mais.',
  meaning:
    'O endereço é de um grupo (Google Groups, uma lista de discussão, um grupo de e-mail da empresa), não de uma pessoa. Grupos costumam aceitar mensagens só de quem é membro; a recusa não tem nada a ver com o seu servidor nem com o seu domínio.',
};

export const signatures = {
  'spamhaus:query-refused':
    'O seu IP não está listado: a resposta 127.255.255.x quer dizer que a Spamhaus se recusou a responder à consulta do servidor de destino (feita por um DNS público ou aberto, ou acima do limite gratuito), e esse servidor entendeu a recusa como bloqueio. Quem precisa corrigir é o administrador do servidor de destino, usando um DNS próprio ou o serviço DQS da Spamhaus; avise-o.',

  // Google
  'google:groups-cannot-post': GROUPS_CANNOT_POST,
  'google:groups-cannot-post-pasted': GROUPS_CANNOT_POST,
  'group:members-only':
    'Peça ao dono ou ao administrador do grupo que libere o seu endereço para postar (ou entre no grupo, se ele aceitar novos membros), ou escreva direto para as pessoas. Se o grupo foi apagado, confirme com alguém de lá o endereço certo.',
  'google:send-mail-as-misconfigured':
    'O Gmail tentou enviar pelo seu outro endereço usando o servidor SMTP desse endereço, e esse servidor recusou. Abra as configurações do Gmail (Contas e importação, "Enviar e-mail como"), confira o servidor SMTP, a porta, o usuário e a senha desse endereço e reenvie.',
  'google:gcdp-admin-rule':
    'A recusa veio de uma regra criada pelo administrador do Google Workspace do domínio de destino, não de um filtro do Google; só esse administrador pode explicar ou mudar a regra.',
  'google:receiving-rate':
    'Não é preciso fazer nada agora: o seu servidor tenta de novo sozinho. Se você manda muitas mensagens seguidas para este mesmo endereço (alertas, notificações automáticas), espace esses envios.',
  'google:5.1.1-no-such-user':
    'A conta não existe no Gmail nem no Google Workspace do domínio. Confira as letras com atenção: nos endereços @gmail.com, os pontos não fazem diferença (joao.silva é o mesmo que joaosilva).',
  'google:5.2.1-disabled-user':
    'A conta Google do destinatário foi desativada, pelo próprio Google (por inatividade ou violação das regras) ou pelo administrador do Workspace da empresa; só o destinatário pode recuperá-la, então procure outro meio de contato.',
  'google:5.2.2-over-quota-inactive':
    'Retire o endereço da sua lista: reenviar não adianta, e insistir em endereços abandonados prejudica a sua reputação.',
  'google:x.2.2-over-quota':
    'O espaço do Google é dividido entre Gmail, Drive e Fotos, então a caixa postal enche quando o armazenamento da conta acaba; só o destinatário pode liberar espaço ou contratar mais.',
  'google:5.3.4-max-size':
    'O Gmail recebe mensagens de até 50 MB, já contando o aumento causado pela codificação dos anexos; o mesmo erro aparece quando só os cabeçalhos são grandes demais.',
  'google:4.5.3-too-many-recipients':
    'O Gmail limita quantos destinatários uma mesma mensagem pode ter numa única transação; o seu servidor deve mandar o restante em outra transação, o que em geral acontece sozinho.',
  'google:5.4.5-sending-limit':
    'O Gmail gratuito permite cerca de 500 mensagens por dia, e o Google Workspace cerca de 2.000 por usuário. O limite se renova em até 24 horas: depois disso, reenvie só as mensagens que voltaram. Para volumes maiores, use um serviço de envio em massa.',
  'google:4.3.0-busy':
    'O Gmail avisa que está sobrecarregado ou com um problema interno no momento.',
  'google:5.4.6-mail-loop':
    'A mensagem passou por mais de 50 servidores, sinal de um loop de encaminhamento, como duas contas que redirecionam uma para a outra. Confira as regras de encaminhamento dos dois lados.',
  'google:ipv6-ptr-and-authentication':
    'Quando a mensagem chega por IPv6, o Gmail exige duas coisas: que o endereço IPv6 de envio tenha DNS reverso (PTR) apontando de volta para ele e que a mensagem passe no SPF ou no DKIM. Peça o PTR a quem administra o endereço e confira o SPF e o DKIM; enquanto os dois não estiverem certos, enviar para o Gmail por IPv4 evita essa regra.',
  'google:x.7.25-ptr':
    'O Gmail exige que o IP de envio tenha DNS reverso (PTR) e que o nome do PTR aponte de volta para o mesmo IP. Quem configura o PTR é o dono do IP, em geral o provedor de hospedagem ou de internet.',
  'google:4.7.26-temporary-dns':
    'O Gmail não conseguiu consultar o SPF do seu domínio porque o DNS dele falhou naquele momento: é um problema temporário do DNS do domínio, não necessariamente um registro errado. Confira se os servidores DNS do domínio respondem rápido e sem erro, e assine as mensagens com DKIM, para que passem mesmo quando a consulta do SPF falhar.',
  'google:451-4.7.26-dmarc-dns':
    'O Gmail não conseguiu consultar o DNS do seu domínio para avaliar o DMARC, e a mensagem não passou no SPF nem no DKIM. Verifique se os servidores DNS do domínio respondem às consultas dos registros TXT de _dmarc e do SPF.',
  'google:dmarc-rejection':
    'O domínio do From publicou uma política DMARC que manda recusar mensagens que não passam no SPF nem no DKIM alinhados com ele. Enviar com um From de domínio alheio (por exemplo, @gmail.com saindo do seu servidor) nunca vai passar: use um domínio seu.',
  'google:x.7.26-unauthenticated':
    'O Gmail exige que toda mensagem passe no SPF ou no DKIM; quem envia mais de 5.000 mensagens por dia para contas Gmail precisa dos dois e também de DMARC. Veja as diretrizes do Google para remetentes.',
  'google:x.7.24-suspicious-spf':
    'Peça a quem cuida do DNS do seu domínio (o do remetente do envelope) que enxugue o registro SPF, para que ele liste só os servidores e serviços que de fato enviam por você; acrescentar mais um include só piora.',
  'google:x.7.27-spf-fail':
    'O Gmail verificou o SPF do domínio do remetente do envelope e o IP de envio não consta do registro; inclua nele o servidor ou o serviço que envia por você.',
  'google:x.7.30-dkim-fail':
    'O Gmail não conseguiu validar a assinatura DKIM da mensagem: a chave publicada no DNS não confere, ou a mensagem foi alterada no caminho (por exemplo, por um rodapé incluído por uma lista de discussão ou por um antivírus).',
  'google:x.7.32-from-not-aligned':
    'O Gmail exige de quem envia em massa que o domínio do From coincida com o domínio que passou no SPF ou no DKIM, ou pelo menos pertença ao mesmo domínio principal.',
  'google:x.7.40-no-dmarc-record':
    'O Gmail exige de quem envia em massa um registro DMARC para o domínio do From; para começar, basta um registro TXT em _dmarc.seudominio com "v=DMARC1; p=none".',
  'google:x.7.29-no-tls':
    'O Gmail exige que quem envia em massa use conexão criptografada (TLS); configure o servidor de envio para usar STARTTLS.',
  'google:530-5.7.0-starttls-first':
    'O servidor de envio do Gmail (smtp.gmail.com) só aceita login em conexão criptografada: configure o programa ou o equipamento para usar STARTTLS na porta 587 ou SSL/TLS na porta 465.',
  'google:4.7.0-tls-required':
    'O administrador do domínio de destino configurou o Google Workspace para exigir TLS de quem envia para ele; o seu servidor precisa oferecer STARTTLS.',
  'google:4.7.28-unsolicited-rate':
    'O Gmail mediu uma taxa incomum de mensagens indesejadas vindas do seu IP, do domínio do seu DKIM ou SPF, ou de um domínio dos seus links, e passou a segurar os envios. Acompanhe a taxa de spam no Google Postmaster Tools: o Google pede que ela fique abaixo de 0,1% e nunca chegue a 0,3%.',
  'google:5.7.28-unsolicited-rate':
    'O Gmail mediu uma taxa incomum de mensagens indesejadas vindas do seu IP, do domínio do seu DKIM ou SPF, ou de um domínio dos seus links, e passou a recusar os envios. Acompanhe a taxa de spam no Google Postmaster Tools: o Google pede que ela fique abaixo de 0,1% e nunca chegue a 0,3%.',
  'google:low-reputation':
    'O Gmail avalia a reputação do IP e a do domínio de envio separadamente. Diminua o volume até as recusas pararem e acompanhe no Google Postmaster Tools a taxa de spam informada pelos usuários e se o seu domínio cumpre os requisitos de remetente do Gmail.',
  'google:5.7.1-not-rfc5322':
    'O Gmail recusa mensagens com cabeçalhos fora do padrão, como From com vários endereços, From ou Subject repetidos, ou falta de Message-ID ou Date válidos; corrija o programa ou sistema que monta a mensagem.',
  'google:5.7.1-unsolicited':
    'O filtro do Gmail concluiu que esta mensagem em particular parece spam, pelo conteúdo, pelos links ou pelo histórico do remetente.',
  'google:5.7.1-ip-not-authorized':
    'O Gmail não aceita envio direto desse IP (caso típico de conexões domésticas e de IPs sem histórico de envio); mande pelo servidor SMTP do seu provedor.',
  'google:4.7.0-ip-not-allowed':
    'O domínio de destino configurou o Google Workspace para aceitar e-mails só de IPs autorizados (por exemplo, de um gateway de filtragem na frente dele); quem pode liberar o seu IP é o administrador do destinatário.',
  'google:552-5.7.0-blocked-message':
    'Por segurança, o Gmail bloqueia alguns anexos, como executáveis (.exe, .js, .bat), arquivos compactados que os contenham e documentos com macros perigosas; compartilhe o arquivo por um link de armazenamento na nuvem.',
  'google:535-5.7.8-bad-credentials':
    'O Google recusou o usuário ou a senha usados para enviar pelo smtp.gmail.com; com a verificação em duas etapas ativada, o programa precisa de uma senha de app no lugar da senha normal.',
  'google:454-4.7.0-login-attempts':
    'O Google parou de aceitar, por um tempo, logins no smtp.gmail.com dessa conta ou desse IP, depois de tentativas demais, em geral com senha errada. Confira o usuário e a senha (ou a senha de app) salvos no programa de e-mail ou no sistema que envia, faça ele parar de tentar sem parar e espere um pouco antes de enviar de novo.',
  'google:534-5.7.9-app-password':
    'A conta usa verificação em duas etapas: crie uma senha de app na conta Google e use-a no programa de e-mail no lugar da senha normal.',
  'google:534-5.7.14-web-login':
    'O Google bloqueou o login do programa de e-mail e pede que você entre na conta pelo navegador para confirmar que é você; depois, tente enviar de novo.',

  // Microsoft
  'microsoft:5.1.10-recipient-not-found':
    'O Exchange (o Microsoft 365 ou o servidor da empresa) não encontrou o endereço no diretório da organização de destino. Se ele funcionava antes, a conta pode ter sido removida ou o domínio pode ter mudado de sistema de e-mail.',
  'microsoft:5.4.1-recipient-access-denied':
    'A organização de destino usa o bloqueio de borda da Microsoft (Directory-Based Edge Blocking), que recusa logo na entrada todo endereço que não está no diretório dela: na prática, o endereço não existe.',
  'microsoft:resolver-rst-authrequired':
    'Peça ao destinatário que o administrador de lá libere remetentes externos para esse grupo ou caixa postal, ou use outro endereço dele.',
  'microsoft:5.7.133-internal-senders-only':
    'O destinatário é um grupo, uma caixa postal ou uma pasta pública do Microsoft 365 que só recebe e-mails de pessoas da própria organização ou de uma lista de remetentes autorizados. Não há senha nem configuração sua para corrigir: peça ao destinatário que o administrador de lá libere remetentes externos, ou use outro endereço.',
  'microsoft:5.7.509-dmarc-reject':
    'A Microsoft aplicou a política DMARC de rejeição (p=reject) publicada pelo domínio do From, porque nem o SPF nem o DKIM passaram alinhados com esse domínio.',
  'microsoft:5.7.515-authentication-level':
    'Desde 2025, a Microsoft exige que domínios que enviam mais de 5.000 mensagens por dia para Outlook.com e Hotmail passem no SPF, no DKIM e no DMARC.',
  'microsoft:5.7.520-external-forwarding':
    'Você não precisa mudar nada na mensagem. Se quiser, avise o destinatário: quem resolve é ele (desligando a regra de encaminhamento) ou o administrador do Microsoft 365 dele.',
  'amazon:ses-identity-not-verified':
    'No console do SES, na região citada na resposta, verifique o endereço do From ou o domínio inteiro dele. Se a conta ainda estiver no sandbox, o SES também só envia para destinatários verificados: peça à AWS o acesso de produção.',
  'microsoft:5.7.703-tenant-recipient-block':
    'Pergunte ao administrador do Microsoft 365 da sua organização se o bloqueio é intencional. Se não for, ele pode tirar o endereço ou o domínio do destinatário da Lista de Permissões/Bloqueios de Locatários, no portal do Microsoft Defender. Do lado do destinatário, ninguém consegue liberar o envio.',
  'microsoft:5.7.57-client-not-authenticated':
    'O servidor de envio do Microsoft 365 (smtp.office365.com) recebeu a mensagem sem login; configure o programa ou o equipamento para se autenticar com usuário e senha, usando STARTTLS na porta 587.',
  'microsoft:5.7.139-smtp-auth-disabled':
    'Peça ao administrador do Microsoft 365 que ligue o "SMTP autenticado" para essa caixa postal (ou para a organização), ou use um programa que entre com OAuth (autenticação moderna).',
  'microsoft:5.7.60-send-as-denied':
    'A conta que fez login no Microsoft 365 não tem permissão para enviar com o endereço que está no remetente. Envie com o endereço da própria conta ou peça ao administrador a permissão "Enviar como" para aquela caixa postal ou grupo.',
  'microsoft:s3150-block-list':
    'A Microsoft bloqueou a faixa de IPs (a rede) de onde o e-mail saiu, não necessariamente o seu IP; quem pede a remoção, em sender.office.com ou no suporte a remetentes da Microsoft, é o provedor dono dos IPs.',
  'microsoft:5.7.606-banned-sending-ip':
    'O IP de envio está na lista de bloqueio da Microsoft; peça a remoção em sender.office.com. A liberação pode levar algumas horas.',
  'microsoft:5.7.501-spam-abuse-ip':
    'A Microsoft bloqueou o IP de envio (ou a conta que envia) por spam vindo dele ou da faixa dele, seja qual for o conteúdo desta mensagem. Descubra e resolva a causa (uma conta invadida, uma lista com endereços ruins) e depois peça a remoção em sender.office.com; a liberação pode levar algumas horas.',
  'microsoft:5.7.511-banned-sender':
    'A Microsoft baniu o IP de envio por spam; para pedir a remoção, encaminhe este aviso de falha na entrega para delist@microsoft.com.',
  'microsoft:5.7.708-ip-low-reputation':
    'A Microsoft não aceita tráfego desse IP por causa da baixa reputação dele; se o seu e-mail sai pelo Microsoft 365, o administrador deve abrir um chamado no suporte da Microsoft.',
  'microsoft:5.7.750-unregistered-domain':
    'O Microsoft 365 da sua organização está enviando com um domínio de remetente que não foi adicionado e verificado na conta; o administrador precisa cadastrar o domínio no centro de administração do Microsoft 365 ou trocar o endereço de remetente.',
  'microsoft:5.7.705-tenant-blocked':
    'A Microsoft suspendeu o envio de e-mails de toda a sua organização no Microsoft 365, em geral porque boa parte das mensagens parecia suspeita (por exemplo, depois de uma conta invadida); o administrador precisa abrir um chamado no suporte da Microsoft.',
  'microsoft:4.7.650-ip-reputation':
    'A Microsoft está segurando as mensagens desse IP por causa da reputação dele. Enquanto isso, acompanhe o IP no Microsoft SNDS e diminua o volume.',
  'microsoft:4.7.500-throttled':
    'A Microsoft limita por um tempo o volume de IPs novos ou com envios fora do padrão; a restrição vai sendo aliviada à medida que o IP ganha histórico.',
  'microsoft:4.3.2-thread-limit':
    'A caixa postal no Exchange está recebendo entregas demais ao mesmo tempo.',
  'microsoft:4.4.62-wrong-region':
    'A mensagem chegou a um datacenter do Microsoft 365 que não atende a organização de destino, em geral por causa de um conector com destino fixo ou de DNS desatualizado; se o erro continuar, revise os conectores.',
  'microsoft:x.4.312-dns-query-failed':
    'O Exchange Online não conseguiu encontrar o domínio do destinatário no DNS (sem registro MX ou A, ou com servidores DNS que não respondem) durante todo o tempo em que tentou de novo. Confira se o domínio está escrito certo; se estiver, quem cuida dele precisa corrigir o DNS.',
  'microsoft:4.4.7-queue-expired':
    'O Exchange tentou entregar até acabar o prazo da mensagem na fila; a causa está nos erros temporários anteriores, que muitas vezes aparecem no mesmo relatório.',
  'microsoft:s8001-helo-listed':
    'A Microsoft recusou o nome que o seu servidor apresenta no HELO/EHLO porque ele está na lista de bloqueio dela; use um nome de host próprio, que exista no DNS e corresponda ao DNS reverso (PTR) do IP.',
  'microsoft:ou-001':
    'O Outlook.com recusou porque o IP de envio está numa lista de bloqueio que ele consulta, como a da Spamhaus; consulte o IP em check.spamhaus.org, corrija a causa e peça a remoção.',
  'microsoft:ou-002':
    'O Outlook.com recusou a mensagem por política, por causa do conteúdo ou da reputação do IP ou do domínio; se isso continuar, use o formulário de suporte a remetentes do Outlook.com.',
  'microsoft:sc-001':
    'O Outlook.com bloqueou o IP de envio, ou a rede dele, por política; o dono do IP pode pedir uma revisão pelo suporte a remetentes do Outlook.com.',
  'microsoft:sc-002':
    'O Outlook.com viu esse IP tentar muitos endereços inexistentes, comportamento típico de quem coleta endereços; limpe a lista de destinatários antes de pedir a remoção.',
  'microsoft:sc-003':
    'O Outlook.com acredita que o IP é um proxy ou relay aberto, que qualquer pessoa pode usar para mandar spam; feche o acesso e depois peça a remoção.',
  'microsoft:sc-004':
    'O Outlook.com bloqueou o IP porque recebeu dele mensagens indesejadas demais, reclamações incluídas; acabe com a origem do spam e depois peça a remoção pelo suporte a remetentes do Outlook.com.',
  'microsoft:dy-001':
    'O Outlook.com não aceita e-mails enviados diretamente de IPs dinâmicos ou residenciais; envie pelo servidor SMTP do seu provedor.',
  'microsoft:dy-002':
    'O Outlook.com acredita que a máquina que enviou está comprometida (vírus ou botnet); verifique os computadores e servidores dessa rede.',
  'microsoft:rp-001':
    'O Outlook.com limita quantas mensagens um IP pode mandar por hora, por dia e por conexão, e quantas conexões ele pode abrir ao mesmo tempo; diminua o ritmo.',

  // Yahoo e AOL
  'yahoo:dd-no-account':
    'O Yahoo (e a AOL, que é da mesma empresa) responde assim quando a conta não existe ou foi apagada, muitas vezes depois de muito tempo sem uso; retire o endereço da sua lista.',
  'yahoo:dd-mailbox-disabled':
    'A conta do Yahoo existe, mas foi desativada, em geral por falta de uso; ela só volta a receber e-mails quando o dono a reativar.',
  'yahoo:ts03-permanently-deferred':
    'O Yahoo decidiu recusar de vez as mensagens desse IP, por reclamações ou por volume, e novas tentativas não vão funcionar. Resolva a causa e depois abra um chamado no suporte a remetentes do Yahoo.',
  'yahoo:tss04-deferred':
    'O Yahoo está adiando as mensagens desse IP por causa de um volume inesperado ou de reclamações dos usuários.',
  'yahoo:bl21-spamhaus':
    'O Yahoo recusou porque o IP de envio está numa lista da Spamhaus; consulte o IP em check.spamhaus.org, corrija a causa e peça a remoção antes de reenviar.',
  'yahoo:ph01-content':
    'O Yahoo recusou a mensagem pelo conteúdo, que pareceu spam ou phishing; revise os links, os encurtadores de URL e os anexos.',
  'yahoo:4.16.1-resources-unavailable':
    'O Yahoo está com falta de recursos do lado dele no momento.',
  'yahoo:5.7.9-unauthenticated':
    'Desde 2024, o Yahoo exige que toda mensagem passe no SPF ou no DKIM; quem envia em massa precisa dos dois e também de DMARC.',
  'yahoo:5.7.9-policy':
    'O Yahoo usa este código principalmente quando a autenticação falha ou quando a política DMARC do domínio do From manda recusar; confira SPF, DKIM e DMARC antes de procurar outra causa.',
  'aol:rtr-bb-dynamic-ip':
    'A AOL recusa conexões de IPs dinâmicos ou residenciais; envie pelo servidor SMTP do seu provedor.',
  'aol:521-not-accepted':
    'A AOL recusa mensagens do seu servidor de envio, em geral por causa da reputação dele (reclamações, envios para endereços que não existem); a caixa postal do destinatário não é o problema. Confira a reputação do IP e do domínio, tire da lista os endereços que voltam com erro e só depois envie de novo.',
  'aol:rtr-rd-no-ptr':
    'A AOL exige DNS reverso (PTR) no IP de envio; peça ao dono do IP que configure um nome que aponte de volta para o mesmo IP.',
  'aol:rly-b1-rate':
    'A AOL recebeu mensagens demais desse IP em pouco tempo; diminua o ritmo.',
  'aol:hvu-b1-content':
    'A AOL recusou por causa do conteúdo, em geral um link ou domínio citado na mensagem que está nas listas de spam dela.',
  'aol:dmarc-f':
    'A AOL aplicou a política DMARC do domínio do From, porque a mensagem não passou no SPF nem no DKIM alinhados com ele.',

  // Apple iCloud
  'apple:dmarc-policy':
    'O iCloud aplicou a política DMARC publicada pelo domínio do From: a mensagem não passou no SPF nem no DKIM alinhados com esse domínio.',
  'apple:local-policy':
    'O iCloud recusou a mensagem por uma política interna (identificada pelo código entre colchetes, como CS01), em geral ligada ao conteúdo ou à reputação; a página da Apple para administradores de e-mail explica o que fazer.',
  'apple:not-accepting-connections':
    'Os servidores do iCloud recusaram o IP de envio logo na conexão, o que costuma indicar reputação ruim ou IP em lista de bloqueio; se o IP estiver limpo, entre em contato pela página da Apple para administradores de e-mail.',
  'apple:5.1.6-no-longer-on-server':
    'O iCloud responde assim quando a conta foi encerrada; ele não informa um endereço novo, então trate o endereço como inexistente e retire-o da sua lista.',
  'apple:5.2.2-over-quota':
    'O espaço do iCloud é dividido entre e-mails, fotos e backups, então a caixa postal enche quando o armazenamento da conta acaba; só o destinatário pode liberar espaço ou mudar de plano.',
  'apple:5.1.1-inactive-or-unknown':
    'O iCloud dá essa resposta tanto para endereços que nunca existiram quanto para contas desativadas ("inactive email address"); confira a grafia e, se estiver certa, retire o endereço da sua lista.',

  // Gateways
  'proofpoint:ip-blocked':
    'O filtro Proofpoint do destinatário recusou o IP de envio pela reputação dele; consulte o IP em ipcheck.proofpoint.com e peça a remoção por lá.',
  'mimecast:greylisting':
    'O seu servidor vai tentar de novo sozinho e não é preciso fazer nada; só vale investigar se o erro durar horas.',
  'mimecast:anti-spoofing':
    'O Mimecast do destinatário recusou a mensagem porque o From usa o domínio da própria organização de destino, mas a mensagem veio de fora. Mande com um From do seu próprio domínio (o endereço deles pode ir no Reply-To). Só se você envia em nome deles, com o aval deles (um serviço que eles contrataram), o administrador de lá precisa criar no Mimecast uma exceção à política antispoofing para o seu servidor de envio. Depois, reenvie.',
  'mimecast:user-blocked-sender':
    'Só quem bloqueou pode tirar você da lista: fale com o destinatário por outro meio e peça que ele libere o seu endereço. Depois, reenvie.',
  'mimecast:envelope-blocked':
    'Só o administrador de e-mail da organização do destinatário pode tirar o bloqueio: fale com o destinatário por outro meio e peça que ele leve o pedido ao administrador, para liberar o seu endereço ou o seu domínio no Mimecast. Depois, reenvie.',
  'mimecast:unresolvable-5321-from':
    'O Mimecast não encontrou no DNS o domínio do remetente do envelope (o Return-Path): ele precisa de um registro MX ou A que resolva. Confira os registros desse domínio e se os servidores DNS dele respondem, ou envie com um Return-Path num domínio que resolva. O PTR do IP de envio não tem nada a ver com isso.',
  'mimecast:poor-reputation':
    'O Mimecast do destinatário considera ruim a reputação do IP ou do domínio de envio; se o problema continuar, peça ao destinatário que abra um chamado no suporte do Mimecast.',
  'mimecast:host-network-not-allowed':
    'A organização do destinatário configurou o Mimecast para recusar e-mails do IP ou da rede do seu servidor; só o administrador dela pode liberar.',
  'mimecast:security-policies':
    'A verificação de segurança do Mimecast (antivírus e assinaturas de ameaças) barrou a mensagem; reenvie sem o anexo ou o link suspeito, ou peça ao destinatário que fale com o administrador dele.',
  'barracuda:content-ube':
    'O Barracuda da organização de destino classificou a mensagem como e-mail em massa não solicitado (UBE); só o administrador dela pode liberar o remetente.',
  'cisco:poor-reputation':
    'O gateway Cisco (IronPort) do destinatário recusou o IP pela reputação que a Cisco Talos atribui a ele; consulte o IP em talosintelligence.com e peça a correção por lá.',
  'cisco:5.1.0-address-rejected':
    'Esta é a resposta padrão do gateway Cisco (IronPort) quando o endereço não está no diretório da organização de destino; confira a grafia.',
  'trendmicro:ers-blocked':
    'O IP de envio está na lista de reputação de e-mail da Trend Micro (ERS), usada pelo filtro do destinatário; consulte o IP e peça a remoção em ers.trendmicro.com.',
  'rackspace:g1f-no-ptr':
    'O Rackspace exige DNS reverso (PTR) no IP de envio; peça ao dono do IP que configure um.',
  'rackspace:g28-untrusted-ip': RACKSPACE_G28,
  'rackspace:g28-untrusted-ip-pasted': RACKSPACE_G28,

  // Listas de bloqueio
  'spamhaus:dbl-domain-listed':
    'Consulte em check.spamhaus.org o domínio do remetente e os dos links da mensagem. Se for um link, tire-o ou troque-o; se for o seu domínio, resolva a causa antes de pedir a remoção.',
  'spamhaus:ip-listed':
    'Consulte o IP em check.spamhaus.org. Se ele estiver na PBL (faixas de IPs dinâmicos ou residenciais), envie pelo servidor do seu provedor; se estiver na SBL ou na XBL, encontre a causa (máquina infectada, conta invadida) antes de pedir a remoção.',
  'spamcop:ip-listed':
    'A SpamCop lista IPs denunciados por usuários e tira o IP da lista sozinha cerca de 24 horas depois que as denúncias param; consulte o IP em spamcop.net.',
  'barracuda:brbl-listed':
    'A remoção da Barracuda Reputation (BRBL) é gratuita: peça em barracudacentral.org, informando o IP e um contato.',
  'sorbs:ip-listed':
    'A SORBS foi desativada em 2024; se a recusa for recente, o servidor de destino ainda usa essa lista, e o administrador dele precisa tirá-la da configuração.',
  'uceprotect:ip-listed':
    'O nível 1 da UCEPROTECT lista o seu próprio IP; os níveis 2 e 3 listam a rede ou o provedor inteiro por causa de outros clientes. As listagens expiram sozinhas depois de 7 dias sem spam.',
  'dnsbl:listed':
    'A resposta cita uma lista de bloqueio (DNSBL); procure o nome da lista na mensagem, consulte o seu IP no site dela e siga o procedimento de remoção indicado, mas resolva a causa antes (spam, conta invadida), senão o IP volta para a lista.',

  // Qual das verificações de autenticação falhou
  'dmarc:permerror':
    'O servidor de destino não conseguiu avaliar o DMARC do seu domínio porque o registro tem erro (sintaxe inválida, mais de um registro em _dmarc). Confira o registro num validador de DMARC e corrija-o no DNS; aproveite para conferir o SPF, que dá erro e deixa de contar para o DMARC quando precisa de mais de 10 consultas de DNS.',
  'dmarc:policy-reject':
    'O seu domínio publica DMARC com p=reject ou p=quarantine, e esta mensagem não passou no SPF nem no DKIM alinhados com o domínio do remetente (From). Costuma ser um serviço que envia em nome do domínio sem estar no SPF nem assinar com o DKIM do domínio, ou uma mensagem encaminhada e alterada no caminho.',
  'spf:fail':
    'O IP que enviou a mensagem não está autorizado no registro SPF do domínio do remetente. Inclua no SPF esse IP, ou o include: indicado pelo serviço que envia por você, e confira se o domínio tem um único registro SPF.',
  'dkim:fail':
    'A assinatura DKIM não confere: a chave publicada no DNS (no seletor que a assinatura indica) não corresponde à que assinou, ou a mensagem foi alterada depois de assinada (por um rodapé, um antivírus ou uma lista de discussão no caminho). Confira o registro DKIM do seletor e se algo modifica as mensagens depois do envio.',

  // Verificações do endereço do remetente
  'sender:verify-failed':
    'O servidor de destino testou o seu endereço de remetente (o do envelope, o Return-Path) perguntando ao seu servidor se esse endereço existe, e a resposta foi "não" ou nem veio. Use como remetente um endereço que exista e aceite mensagens: um noreply@ que recusa tudo causa exatamente isso.',
  'sender:malformed':
    'O endereço que o seu servidor informou como remetente (o MAIL FROM, o remetente do envelope, que aparece como Return-Path) não é um endereço válido. Confira o endereço nas configurações do programa ou serviço de envio e procure um espaço, um domínio faltando ou um nome onde só cabe o endereço (por exemplo, "Ana <ana@example.com>" digitado no campo do e-mail do remetente).',
  'sender:not-owned-by-login':
    'Envie com o endereço da própria conta, ou peça ao provedor que autorize esse endereço nela (como um alias ou com a permissão de "enviar como").',

  // Um anexo recusado pelo tipo
  'attachment:type-refused':
    'O servidor de destino não aceita esse tipo de anexo (como .exe, .js, .bat, documentos com macro ou arquivos compactados que os contenham), qualquer que seja o tamanho. Mande o arquivo por um link de um serviço de armazenamento na nuvem ou combine com o destinatário outra forma de enviá-lo.',

  // O limite de envio da própria conta do remetente
  'address:malformed':
    'Corrija o endereço na sua lista ou no formulário de cadastro: procure espaços, vírgulas, dois @, "at" no lugar de @ ou um ponto no fim. Se não der para saber o endereço certo, tire-o da lista.',
  'address:verify-probe-blocked':
    'Não há nada a mudar do seu lado: avise o destinatário, por outro meio, de que o servidor de e-mail dele está recusando mensagens entre os próprios servidores. Se a recusa for temporária, o seu servidor tenta de novo sozinho; se não, reenvie depois que o problema for corrigido.',
  'address:no-valid-recipients':
    'Procure, no mesmo aviso de falha na entrega ou no log, as respostas ao RCPT TO de cada destinatário: é lá que está o motivo, e ele pode ser temporário.',
  'bulk:list-unsubscribe':
    'Inclua nas mensagens os cabeçalhos List-Unsubscribe e List-Unsubscribe-Post (descadastro com um clique, RFC 8058): o Gmail e o Yahoo os exigem de quem envia em massa, e também que o pedido de descadastro seja atendido em até dois dias. As ferramentas de e-mail marketing costumam oferecer isso numa opção.',
  'bulk:uri-listed':
    'Um domínio dos links da mensagem (ou o do remetente) está numa lista de domínios usados em spam, como a URIBL ou a SURBL. Consulte os domínios dos links em uribl.com e surbl.org; tire ou troque o link listado (encurtadores de URL costumam estar nelas) antes de reenviar.',
  'bulk:recipient-unsubscribed':
    'Tire o endereço da sua lista e não o coloque de volta: mandar e-mails para quem pediu para sair desrespeita as regras dos provedores e pode violar a LGPD.',
  'loop:back-to-myself':
    'O registro MX do domínio do destinatário aponta para o seu próprio servidor, que não está configurado para receber por esse domínio. Se o domínio é seu, inclua-o nos domínios locais ou virtuais do servidor (no Postfix, mydestination, virtual_mailbox_domains ou relay_domains; no qmail, control/locals ou control/virtualdomains); se não é, corrija o MX no DNS dele ou a rota de envio do seu servidor.',
  'loop:too-many-hops': LOOP_HINT,
  'loop:forwarding-broken': LOOP_HINT,
  'sending-limit:own-account':
    'Espere o limite se renovar (a resposta ou o painel do provedor costuma dizer quando) e reenvie só as mensagens que voltaram. Para mandar mais do que isso, como numa newsletter, use um serviço de envio em massa em vez da sua conta de e-mail.',

  'sending-limit:account-blocked':
    'Não mexa na sua lista: os destinatários não têm culpa. Fale com o suporte do seu provedor para desbloquear a conta e, se você não mandou esse volume, troque a senha já e confira as regras de encaminhamento da conta.',
  'sending-limit:ses-paused':
    'Leia o e-mail que a AWS mandou para o endereço da conta e o painel de reputação no console do SES. Limpe a lista (tire os endereços inexistentes e os que reclamaram), corrija o que levou às falhas e peça à AWS a revisão da conta; só então volte a enviar.',
  'sending-limit:test-account':
    'Inclua o endereço entre os destinatários autorizados (Authorized Recipients) nas configurações da conta; o destinatário recebe um convite e precisa confirmar. Para enviar para qualquer pessoa, cadastre e verifique um domínio seu no serviço, em vez do domínio sandbox, e, se a conta for gratuita, faça o upgrade do plano.',
  'sending-limit:unconfigured-domain':
    'Não tire o endereço da lista: ele não tem culpa. Cadastre e verifique no serviço de envio o domínio do remetente que a resposta cita (os registros DNS que o serviço indicar), ou envie de um domínio já verificado, e mande de novo.',
  'sending-limit:failures-per-hour':
    'Limpe a lista antes de reenviar: tire os endereços que voltaram como inexistentes e veja os outros avisos de falha na entrega desta hora para achar a causa. Depois da virada da hora, reenvie só as mensagens descartadas.',
  'cpanel:generic-failure':
    'Veja o motivo real em Rastrear entrega (Track Delivery), no cPanel, ou peça à hospedagem o registro dessa entrega no log. Só reenvie depois de saber o que o servidor do destinatário respondeu.',
  'relay:login-refused':
    'Encaminhe esta linha a quem administra o seu servidor de e-mail: o relay recusou o login do servidor, e a correção é na configuração dele. O destinatário não tem nada a ver com isso, e as outras mensagens que saem por esse relay param no mesmo ponto.',
  'postfix:tls-local-problem':
    'Não há nada a corrigir do seu lado: o seu servidor tenta de novo sozinho. Se os adiamentos durarem dias, avise o destinatário por outro meio, para que o administrador dele corrija o servidor.',
  'helo:rejected':
    'Encaminhe este aviso de falha na entrega a quem administra o seu servidor de e-mail ou ao seu provedor: a correção é na configuração do servidor, não na mensagem nem numa lista de bloqueio.',

  // Greylisting, whoever runs it
  'greylisting:deferred':
    'O seu servidor tenta de novo sozinho e não é preciso fazer nada. Só vale investigar se a mensagem continuar presa por horas: o seu provedor pode estar reenviando cada tentativa por um IP diferente, e aí o servidor de destino nunca reconhece o remetente.',

  // Amazon SES
  'amazon:5.6.1-content-rejected':
    'O Amazon SES, que recebe os e-mails do domínio do destinatário, recusou o conteúdo ou o formato da mensagem, não o seu endereço. Reenvie num formato simples (texto ou HTML simples, anexos de tipos comuns).',

  // KDDI (au)
  'kddi:user-unknown':
    'O endereço não existe na au (KDDI). Confirme com o destinatário: os endereços de celular da au mudam quando o dono troca de endereço ou sai da operadora.',
  'kddi:filtered-user-unknown':
    'A au (KDDI) responde "550 : User unknown", sem o endereço, quando o filtro de recebimento do próprio destinatário recusa o remetente (filtro por domínio ou por endereço, ou recusa de e-mails enviados por computador): o endereço existe. O destinatário pode liberar o seu endereço ou domínio nas configurações de e-mail da au.',

  // Orange, La Poste
  'orange:416-invalid-recipient':
    'A Orange informa que o endereço não existe (código 416). Confira a grafia com o destinatário; endereços antigos do wanadoo.fr muitas vezes já foram encerrados.',
  'orange:505-service-refused':
    'A Orange recusou a conexão por enquanto por causa de um problema do lado dela (código 505).',
  'orange:506-spam':
    'O filtro da Orange classificou a mensagem como spam (código 506). Se continuar acontecendo depois de revisar a mensagem, peça uma análise ao serviço de postmaster da Orange.',
  'orange:999-ip-refused':
    'A Orange está recusando por enquanto o IP que enviou a mensagem (código 999), por causa da reputação dele ou do volume de envios. Diminua o ritmo dos envios para a Orange; se persistir, o administrador do servidor de envio deve falar com o serviço de postmaster da Orange.',
  'laposte:416-invalid-recipient':
    'A La Poste informa que o endereço não existe (código 416). Confira a grafia com o destinatário.',
  'laposte:630-client-rejected':
    'A política da La Poste recusa o servidor que enviou a mensagem (código 630), não a mensagem em si. O administrador do servidor de envio precisa verificar a reputação do IP e o DNS reverso (PTR), e pode pedir uma revisão à La Poste.',

  // Cox, Spectrum
  'cox:ip-blocked':
    'A Cox bloqueou o IP do servidor que enviou a mensagem, por comportamento parecido com spam ou porque ele está numa lista de bloqueio que a Cox consulta. O administrador do servidor de envio precisa achar a causa e depois pedir a remoção pela página de códigos de erro da Cox.',
  'cox:cxdns-no-ptr':
    'A Cox não conseguiu consultar o DNS reverso (PTR) do IP de envio. Quem controla o IP, em geral o provedor de hospedagem ou de internet, precisa configurar um nome PTR que aponte de volta para o mesmo IP.',
  'cox:cxcnct-connections':
    'A Cox limita quantas conexões um mesmo IP pode abrir ao mesmo tempo. Se continuar acontecendo, reduza o número de conexões simultâneas com a Cox.',
  'spectrum:13xx-rate-limit':
    'A Spectrum limita quantas conexões, mensagens e destinatários um remetente pode ter num período. Se continuar acontecendo, envie para a Spectrum num ritmo menor.',

  // Pedido de um filtro de desafio e resposta (decode-auto-reply.ts)
  'challenge-response:held':
    'Confirme uma única vez, pelo link da resposta, só se confiar nele: esse tipo de pedido também é usado em golpes de phishing, então confira se o domínio do link é mesmo do provedor ou do filtro de e-mail do destinatário e nunca digite uma senha ali. Depois da confirmação, a mensagem retida é entregue e as próximas passam direto; sem confirmação, ela é descartada em alguns dias. Numa lista de envio, considere que o endereço não recebe as suas mensagens até que alguém confirme.',
} satisfies Record<SignatureId, string>;

/**
 * The words of the signatures whose reason's general words would mislead (`ownWords`); their advice is
 * the hint above.
 */
export const signatureWords = {
  'loop:too-many-hops': LOOP_WORDS,
  'google:5.4.6-mail-loop': LOOP_WORDS,
  'google:groups-cannot-post': GROUP_WORDS,
  'google:groups-cannot-post-pasted': GROUP_WORDS,
  'group:members-only': GROUP_WORDS,
  // (its own name: in one report, a group of its own beside too-many-hops', of another reason)
  'loop:forwarding-broken': { ...LOOP_WORDS, name: 'Loop de encaminhamento' },
  'loop:back-to-myself': {
    name: 'Domínio que aponta para o seu servidor',
    summary: 'O seu servidor devolveu a mensagem porque o domínio do destinatário aponta para ele mesmo (loop).',
    meaning:
      'O servidor tentou entregar a mensagem a si mesmo: o registro MX do domínio aponta para ele, mas ele não está configurado como responsável por esse domínio. Reenviar não resolve enquanto a configuração não for corrigida.',
  },
  'bulk:recipient-unsubscribed': {
    name: 'Destinatário descadastrado',
    summary: 'O destinatário se descadastrou dos seus envios.',
    meaning: 'O servidor recusou a mensagem porque o destinatário pediu para não receber mais e-mails deste remetente.',
  },
  'spamhaus:dbl-domain-listed': {
    summary: 'O servidor de destino recusou a mensagem porque um domínio dela está na lista de domínios da Spamhaus (DBL).',
    meaning:
      'A Spamhaus DBL lista domínios, não IPs: o domínio do remetente ou o de um dos links da mensagem foi listado por aparecer em spam, phishing ou sites invadidos.',
    adminAdvice:
      'Consulte o domínio em check.spamhaus.org. Se ele for seu, descubra por que foi listado (site invadido, links de spam, cadastros falsos) e resolva antes de pedir a remoção.',
  },
  'address:malformed': {
    summary: 'O endereço do destinatário está escrito de um jeito inválido.',
    meaning:
      'O servidor nem chegou a procurar a caixa postal: o endereço não segue o formato de um endereço de e-mail (nome@domínio), por causa de um espaço, de um caractere proibido ou de um erro de digitação.',
  },
  'address:verify-probe-blocked': {
    name: 'Bloqueio entre os servidores do destinatário',
    summary: 'O servidor do destinatário não conseguiu verificar o endereço: um servidor dele recusou a consulta feita por outro.',
    meaning:
      'Antes de aceitar a mensagem, o servidor do destinatário perguntou ao servidor interno que guarda as caixas postais se o endereço existe, e esse servidor recusou a consulta. A lista de bloqueio citada se refere ao IP do próprio servidor do destinatário, não ao seu; só quem administra o e-mail do destinatário pode resolver.',
  },
  'google:receiving-rate': {
    summary: 'A conta Gmail do destinatário está recebendo e-mails mais rápido do que o Gmail permite; em geral, o problema não é seu.',
    meaning:
      'O Gmail limita a velocidade com que uma conta recebe mensagens. Esta chegou ao limite, em geral durante uma enxurrada de mensagens (alguém cadastrou o endereço em muitos sites de uma vez, um loop de mensagens automáticas, vários sistemas enviando ao mesmo tempo). Muitas mensagens suas para esse mesmo endereço em pouco tempo também podem causar isso.',
  },
  'address:no-valid-recipients': {
    summary: 'O servidor recusou a mensagem porque todos os destinatários já tinham sido recusados antes.',
    meaning:
      'Essa é a resposta do Postfix ao envio do conteúdo (DATA) quando nenhum destinatário foi aceito. Ela não diz o motivo: cada destinatário foi recusado antes, numa resposta própria.',
  },
  'sending-limit:account-blocked': {
    name: 'Conta de envio bloqueada',
    summary: 'O seu provedor bloqueou os envios da sua conta; o destinatário não tem nada a ver com isso.',
    meaning:
      'Quem recusou foi o servidor de envio do seu próprio provedor: a sua conta está bloqueada ou suspensa para envio, em geral por suspeita de spam (muitas vezes depois de uma senha vazada), por excesso de envios ou por pendência de pagamento. Nenhuma mensagem sai enquanto isso durar.',
    adminAdvice:
      'No Microsoft 365, troque a senha, revise as regras de encaminhamento e libere o usuário no Microsoft Defender, na página de usuários restritos. Em outros provedores, o desbloqueio é pelo suporte ou pelo painel.',
  },
  'sender:malformed': {
    name: 'Endereço de remetente mal escrito',
    summary: 'O servidor de destino recusou o seu endereço de remetente: ele não está escrito como um endereço válido.',
    meaning:
      'A recusa é sobre a forma do endereço de remetente, não sobre o destinatário nem sobre a reputação do seu servidor: enquanto o endereço estiver mal escrito, todo envio com ele vai falhar do mesmo jeito.',
  },
  'sending-limit:ses-paused': {
    name: 'Envios pausados pelo Amazon SES',
    summary: 'O Amazon SES pausou os envios da sua conta: nenhuma mensagem sai enquanto a pausa durar.',
    meaning:
      'O Amazon SES pausa uma conta quando a taxa de falhas na entrega ou de reclamações passa dos limites do serviço, em geral por causa de uma lista com muitos endereços inexistentes ou antigos. O destinatário não tem culpa: o problema está na lista e na conta de envio.',
  },
  'sending-limit:test-account': {
    name: 'Conta de teste do serviço de envio',
    summary: 'O seu serviço de envio não enviou a mensagem: a sua conta gratuita ou o domínio sandbox dela só envia para os endereços que você autorizou.',
    meaning:
      'Serviços como o Mailgun só deixam contas gratuitas e domínios sandbox enviarem para poucos destinatários autorizados (no Mailgun, até cinco), para testes. O servidor do destinatário nem chegou a ser contatado, e o endereço não tem culpa.',
  },
  'sending-limit:unconfigured-domain': {
    name: 'Domínio de envio não configurado no serviço',
    summary: 'O seu serviço de envio não enviou a mensagem: o domínio do remetente não está configurado na sua conta.',
    meaning:
      'Serviços como o SparkPost só enviam de domínios que a conta cadastrou e verificou. Este domínio do remetente não está entre eles, então o serviço recusou a mensagem por uma regra dele: o servidor do destinatário nem chegou a ser contatado.',
  },
  'sending-limit:failures-per-hour': {
    name: 'Limite de falhas por hora da hospedagem',
    summary: 'A sua hospedagem descartou a mensagem: mensagens demais do seu domínio falharam nesta hora.',
    meaning:
      'O cPanel conta quantas mensagens do domínio falham ou são adiadas por hora (endereços inexistentes, recusas) e, passado o limite, descarta as seguintes sem tentar entregá-las. As mensagens descartadas não são reenviadas sozinhas.',
    adminAdvice:
      'O limite (a porcentagem de mensagens do domínio que podem falhar ou ser adiadas por hora) fica em Tweak Settings, no WHM; subi-lo só esconde uma lista suja.',
  },
  'cpanel:generic-failure': {
    summary: 'A entrega falhou, mas o aviso do cPanel não diz o motivo real.',
    meaning:
      'Essa é a mensagem genérica do cPanel (Exim): ela cobre qualquer recusa (endereço inexistente, bloqueio, DNS) e esconde a resposta real do servidor do destinatário.',
    adminAdvice: 'No WHM, procure a mensagem em Mail Delivery Reports ou no log do Exim (/var/log/exim_mainlog) para ler a resposta remota.',
  },
  'sender:not-owned-by-login': {
    summary: 'O seu próprio servidor de envio recusou o remetente: o endereço não pertence à conta com que você fez login.',
    meaning:
      'Servidores de envio (o do seu provedor, o Microsoft 365, o Gmail) só deixam enviar com os endereços da conta que fez login, para que ninguém se passe por outra pessoa. O destinatário nem chegou a ser contatado.',
    adminAdvice:
      'No Postfix, ligue o endereço à conta em smtpd_sender_login_maps; em outros servidores, cadastre-o como alias da conta ou dê a ela permissão para enviar com ele.',
  },
  'microsoft:resolver-rst-authrequired': {
    summary: 'O destinatário só aceita mensagens de remetentes da própria organização.',
    meaning:
      'A resposta fala em "authentication required", mas não é o seu login: o destinatário é um grupo ou uma caixa postal do Exchange configurado para aceitar só remetentes autenticados, isto é, de dentro da organização. Não há senha nem configuração sua para corrigir.',
  },
  'microsoft:5.7.520-external-forwarding': {
    summary: 'A organização do destinatário barrou o encaminhamento automático da mensagem para um endereço externo.',
    meaning:
      'O destinatário tem uma regra que encaminha os e-mails dele para um endereço fora da organização, e o Microsoft 365 de lá proíbe esse encaminhamento. Em geral, a mensagem foi entregue na caixa postal dele e só a cópia encaminhada voltou.',
    retry: 'Não reenvie: em geral, a mensagem já chegou à caixa postal do destinatário, e só a cópia encaminhada voltou.',
  },
  'amazon:ses-identity-not-verified': {
    summary: 'O Amazon SES, o seu serviço de envio, não enviou a mensagem: o endereço do remetente não está verificado na sua conta.',
    meaning:
      'O SES só envia de endereços ou domínios verificados na conta e, enquanto a conta estiver no sandbox, só para destinatários verificados; a resposta lista os endereços que não passaram nessa verificação. O servidor do destinatário nem chegou a ser contatado.',
  },
  'microsoft:5.7.703-tenant-recipient-block': {
    name: 'Bloqueado pela sua organização',
    summary: 'A sua própria organização bloqueia o envio para este destinatário.',
    meaning:
      'O administrador do Microsoft 365 da sua organização incluiu o endereço ou o domínio do destinatário na Lista de Permissões/Bloqueios de Locatários (Tenant Allow/Block List), e por isso o Microsoft 365 não enviou a mensagem: o servidor do destinatário nem chegou a ser contatado.',
  },
  'google:x.7.24-suspicious-spf': {
    name: 'Registro SPF suspeito',
    summary: 'O Gmail desconfia do registro SPF do seu domínio: ele libera demais ou está quebrado.',
    meaning:
      'O registro SPF existe, mas o Gmail o considera abrangente demais (como "+all" ou faixas de IP enormes) ou com defeito (mais de 10 consultas de DNS, includes que não respondem), e por isso não confia nele para autenticar a mensagem.',
    adminAdvice:
      'Revise o registro SPF do domínio do remetente do envelope: troque "+all" por "~all" ou "-all", tire as faixas de IP largas demais e os includes de serviços que não enviam mais por você, e confira que o registro inteiro fica dentro de 10 consultas de DNS (um verificador de SPF mostra a conta). Depois, mande um teste para uma conta Gmail e veja o cabeçalho Authentication-Results.',
  },
  'microsoft:5.7.139-smtp-auth-disabled': {
    name: 'SMTP AUTH desativado na conta',
    summary: 'O Microsoft 365 da sua organização não aceita o login por SMTP do programa que envia.',
    meaning:
      'O envio com usuário e senha (SMTP AUTH) está desligado para a organização ou para essa conta: enquanto estiver assim, nenhuma senha vai funcionar.',
    adminAdvice:
      'No centro de administração do Microsoft 365, abra o usuário, vá em Email > Gerenciar aplicativos de email e marque "SMTP autenticado"; ou, no PowerShell do Exchange Online, rode Set-CASMailbox -SmtpClientAuthenticationDisabled $false para a caixa postal.',
  },
  'mimecast:envelope-blocked': {
    name: 'Bloqueio da organização de destino',
    summary: 'Uma regra da organização de destino bloqueia o seu endereço (ou o seu domínio).',
    meaning:
      'O Mimecast da organização do destinatário recusa o seu endereço como remetente do envelope: os administradores incluíram o seu endereço, ou o seu domínio, numa lista de remetentes bloqueados. Não há nada a corrigir no seu servidor.',
  },
  'mimecast:user-blocked-sender': {
    summary: 'Uma pessoa da organização de destino bloqueou o seu endereço (ou o seu domínio).',
    meaning:
      'A recusa não é técnica: o Mimecast da organização do destinatário guarda uma lista de remetentes bloqueados mantida pelas próprias pessoas de lá, e o seu endereço está nela. Nada no seu servidor ou no seu domínio precisa ser corrigido.',
  },
  'relay:login-refused': {
    name: 'Login no servidor de saída recusado',
    summary: 'O seu servidor de e-mail não conseguiu fazer login no servidor de saída (relay) por onde entrega as mensagens.',
    meaning:
      'O seu servidor não entrega direto ao servidor de destino: ele passa as mensagens a um relay (o do provedor, um serviço de envio, o Gmail ou o Microsoft 365) que exige login. O relay recusou o usuário e a senha configurados no servidor, ou os dois não tinham um método de login em comum. O Postfix deixa a mensagem na fila e tenta de novo.',
    adminAdvice:
      'No Postfix, confira o arquivo de smtp_sasl_password_maps (o relay escrito igual ao de relayhost, com os colchetes e a porta, e o usuário:senha certos; rode postmap depois de editar), smtp_sasl_auth_enable = yes e smtp_sasl_security_options = noanonymous. "no mechanism available" ou "No worthy mechs found" indicam que faltam os módulos do Cyrus SASL (no Debian e no Ubuntu, o pacote libsasl2-modules). O Gmail e o Microsoft 365 pedem senha de app ou login moderno. Depois de corrigir, libere a fila com postqueue -f.',
  },
  'helo:rejected': {
    summary: 'O servidor de destino recusou o nome com que o seu servidor de envio se apresentou (HELO/EHLO).',
    meaning:
      'Ao abrir a conexão, o servidor de envio se apresenta com um nome (comandos HELO e EHLO). O servidor de destino exige um nome completo, como mail.example.com, que exista no DNS, e o nome usado não é assim: está incompleto, não existe ou não corresponde ao IP.',
    adminAdvice:
      'Configure como nome do HELO/EHLO um nome de host completo que resolva no DNS para o IP de envio e que seja o mesmo do DNS reverso (PTR): no Postfix, myhostname ou smtp_helo_name; no Exim, helo_data.',
  },
  'google:5.2.2-over-quota-inactive': {
    summary: 'A caixa postal do destinatário está cheia e abandonada: ninguém entra nela há muito tempo.',
    meaning:
      'O Gmail dá essa resposta quando a conta, além de lotada, está sem uso há muito tempo: o dono não vai liberar espaço, e a mensagem não vai ser entregue, nem agora nem depois.',
  },
  'google:5.4.5-sending-limit': {
    name: 'Limite de envio da sua conta',
    summary: 'A sua conta Google atingiu o limite diário de envio.',
    meaning:
      'O limite não é do destinatário: o Google limita quantas mensagens e destinatários cada conta envia por dia, e este envio passou dele. As mensagens recusadas não são reenviadas sozinhas.',
    adminAdvice:
      'No Google Workspace, quem passa do limite fica até 24 horas sem poder enviar. Para envios grandes, use o SMTP relay do Workspace ou um serviço de envio em massa, e confira se a conta não foi invadida.',
  },
  'sending-limit:own-account': {
    name: 'Limite de envio da sua conta',
    summary: 'A sua conta atingiu o limite de envio do seu provedor de e-mail.',
    meaning:
      'O limite não é do destinatário: o seu provedor (ou o serviço pelo qual você envia) limita quantas mensagens ou destinatários cada conta manda por hora ou por dia, e este envio passou dele. As mensagens recusadas não são reenviadas sozinhas.',
    adminAdvice:
      'Confira no painel do provedor o limite da conta e se ela não está enviando mais do que o normal: uma senha vazada costuma aparecer assim.',
    deferred: {
      meaning:
        'O limite não é do destinatário: o seu provedor (ou o serviço pelo qual você envia) limita quantas mensagens ou destinatários cada conta manda por hora ou por dia, e este envio passou dele. As mensagens continuam na fila do seu servidor, que tenta de novo sozinho.',
      advice:
        'Não reenvie: o seu servidor entrega as mensagens da fila quando o limite se renovar. Se a fila não andar em algumas horas, peça ao provedor um limite maior ou, para envios grandes como uma newsletter, use um serviço de envio em massa.',
      retry: 'O seu servidor tenta de novo sozinho e entrega quando o limite se renovar; não é preciso reenviar.',
    },
  },
  'mimecast:greylisting': {
    name: 'Adiamento proposital (greylisting)',
    summary: "O Mimecast, filtro de e-mail do destinatário, adiou a entrega por enquanto (quase sempre é greylisting) e aceita uma próxima tentativa.",
    meaning:
      "O Mimecast responde \"Internal resource temporarily unavailable\" principalmente a remetentes que ainda não conhece: recusa a primeira tentativa com um código 4xx e aceita a mensagem quando ela volta. Programas de spam raramente tentam de novo; servidores de e-mail de verdade tentam.",
    adminAdvice:
      "Não há o que corrigir enquanto a fila tentar de novo. Se a mensagem continuar adiada por horas, confira se as novas tentativas saem do mesmo IP e se a fila espera alguns minutos entre elas; se mesmo assim não passar, o destinatário pode abrir um chamado no suporte do Mimecast.",
    retry: "O seu servidor tenta de novo sozinho; não é preciso reenviar.",
    gaveUp: {
      summary: "O seu servidor desistiu da entrega: o Mimecast do destinatário continuou adiando a mensagem até o prazo de tentativas acabar.",
      advice:
        "Peça a quem administra o seu servidor de envio que confira se as tentativas saem sempre do mesmo IP; se saírem, o destinatário pode pedir ao suporte do Mimecast que libere o seu remetente. Depois, reenvie a mensagem.",
    },
  },
  'postfix:tls-local-problem': {
    name: 'TLS do servidor de destino com defeito',
    summary: 'O servidor de destino não conseguiu oferecer criptografia (TLS): a configuração de TLS dele está com defeito.',
    meaning:
      'Ao pedido para criptografar a conexão (STARTTLS), o servidor de destino respondeu que o TLS não está disponível por um problema local: ele não conseguiu carregar o próprio certificado ou a chave. O defeito está do lado dele, não do seu.',
    adminAdvice:
      'Não há nada a mudar no servidor de envio: a fila tenta de novo e entrega sem criptografia onde a sua política permitir. Se os adiamentos continuarem, avise o administrador do destino de que o certificado ou a chave de TLS do servidor dele não pode ser carregado (o Postfix de lá registra a causa no log).',
    retry: 'O seu servidor tenta de novo sozinho; não é preciso reenviar.',
    gaveUp: {
      summary: 'O seu servidor desistiu: o TLS do servidor de destino continuou com defeito até acabar o prazo de novas tentativas.',
      advice: 'Avise o destinatário, por outro meio, de que o servidor de e-mail dele não consegue usar TLS, para que o administrador corrija; depois, reenvie a mensagem.',
    },
  },
  'greylisting:deferred': {
    name: 'Adiamento proposital (greylisting)',
    summary: "O servidor de destino adiou a entrega de propósito (greylisting) e vai aceitar a mensagem numa próxima tentativa.",
    meaning:
      "Greylisting é uma defesa contra spam: o servidor recusa, com um código 4xx, a primeira tentativa de um remetente que ainda não conhece e aceita a mesma mensagem quando ela volta, alguns minutos depois. Programas de spam raramente tentam de novo; servidores de e-mail de verdade tentam.",
    adminAdvice:
      "Não há o que corrigir enquanto a fila tentar de novo. Se a mensagem continuar adiada por horas, confira se as novas tentativas saem sempre do mesmo IP (com vários IPs de saída, o servidor de destino vê um remetente novo a cada tentativa) e se a fila espera alguns minutos entre elas.",
    retry: "O seu servidor tenta de novo sozinho, normalmente em poucos minutos; não é preciso reenviar.",
    gaveUp: {
      summary: "O seu servidor desistiu da entrega: o servidor de destino continuou adiando a mensagem com greylisting até o prazo de tentativas acabar.",
      advice:
        "Isso costuma acontecer quando cada nova tentativa sai de um IP diferente e o servidor de destino nunca reconhece o remetente. Peça a quem administra o seu servidor de envio (ou ao seu provedor) que reenvie sempre pelo mesmo IP, ou que peça ao administrador do servidor de destino que libere a faixa de IPs de envio; depois, reenvie a mensagem.",
    },
  },
  'challenge-response:held': {
    name: 'Retida por filtro de desafio e resposta',
    summary: 'O destinatário usa um filtro de desafio e resposta: a sua mensagem fica retida até você confirmar, uma única vez, que é um remetente de verdade.',
    meaning:
      'Esta é uma resposta automática do sistema antispam do destinatário, não uma mensagem de ausência: ele segura os e-mails de remetentes que ainda não conhece e pede a cada um que confirme uma vez, por um link (às vezes digitando os caracteres de uma imagem). A mensagem ainda não chegou ao destinatário; ela é entregue depois da confirmação e descartada se ninguém confirmar no prazo informado na resposta.',
    adminAdvice:
      'Numa lista de envio ou num sistema que envia sozinho, ninguém lê esses pedidos: peça a alguém que confirme (conferindo se o domínio do link é o do filtro) ou peça ao destinatário que inclua o seu endereço de envio entre os remetentes autorizados.',
    retry: 'Depois que você confirmar, a mensagem retida é entregue e não precisa ser reenviada; reenvie só se ela tiver sido descartada (o prazo informado na resposta acabou).',
  },
} satisfies Record<OwnWordsSignatureId, SignatureText>;
