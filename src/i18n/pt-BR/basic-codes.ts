// Textos em português do Brasil dos códigos básicos de resposta. Os fatos (padrão ou não, tipo,
// motivo) estão em src/knowledge/basic-codes.ts.
import type { BasicCode } from '../../knowledge/basic-codes.js';
import type { CodeText } from '../types.js';

export const basicCodes = {
  '101': {
    title: 'Não foi possível conectar ao servidor',
    meaning:
      'Este código não veio de nenhum servidor: o seu programa de e-mail (ou o seu servidor) nem conseguiu abrir a conexão com o servidor de destino, então nada foi enviado. Nenhuma RFC define o 101; alguns programas usam esse número para essa falha local.',
    advice:
      'Confira o nome do servidor e a porta nas configurações da conta (para envio, normalmente 587 ou 465). Se estiverem certos, o servidor pode estar fora do ar ou um firewall pode estar bloqueando a porta: tente de novo mais tarde ou fale com o seu provedor.',
  },
  '111': {
    title: 'Conexão recusada',
    meaning:
      'Não é uma resposta de servidor: a tentativa de conexão foi recusada e nada foi enviado. O 111 é o número do erro "connection refused" (ECONNREFUSED) no Linux, que alguns programas de e-mail exibem como se fosse um código SMTP; nenhuma RFC o define como resposta.',
    advice:
      'A máquina de destino respondeu, mas não há serviço de e-mail escutando naquela porta, ou um firewall recusou a conexão. Confira o nome do servidor e a porta; se você envia pelo seu provedor, pergunte a ele se o servidor está no ar. Um servidor de e-mail tenta de novo sozinho por algum tempo.',
  },
  '211': {
    title: 'Status do sistema',
    meaning: 'Não é um erro. É uma resposta informativa do servidor a um pedido de status ou de ajuda.',
    advice: 'Nada a fazer: é só informação.',
  },
  '214': {
    title: 'Mensagem de ajuda',
    meaning:
      'Não é um erro. É a resposta do servidor ao comando HELP, escrita para quem acompanha a sessão; muitas vezes indica uma página com informações sobre o servidor.',
    advice: 'Nada a fazer. Essa resposta só aparece quando alguém envia o comando HELP numa sessão SMTP.',
  },
  '220': {
    title: 'Serviço pronto',
    meaning:
      'Não é um erro. É a saudação que o servidor envia assim que a conexão é aberta, avisando que está pronto para receber comandos. O mesmo código responde ao STARTTLS quando o servidor está pronto para iniciar a criptografia.',
    advice: 'Nada a fazer: a sessão segue normalmente.',
  },
  '221': {
    title: 'Encerrando a conexão',
    meaning:
      'Não é um erro. O servidor está encerrando a sessão, normalmente em resposta ao comando QUIT, depois de tratar tudo o que foi pedido.',
    advice: 'Nada a fazer. Se alguma mensagem não chegou, o motivo está nas respostas anteriores a esta.',
  },
  '235': {
    title: 'Autenticação aceita',
    meaning: 'Não é um erro: o servidor aceitou o usuário e a senha (ou outra credencial) enviados com o comando AUTH.',
    advice: 'Nada a fazer.',
  },
  '250': {
    title: 'Ação concluída',
    meaning:
      'Não é um erro: o servidor aceitou o comando. No fim do envio da mensagem (depois do DATA), o 250 quer dizer que o servidor de destino aceitou a mensagem e passou a ser responsável por ela.',
    advice:
      'Nada a fazer. Se o destinatário disser que não recebeu, peça que ele olhe a pasta de spam e os filtros da caixa postal: o servidor dele aceitou a mensagem.',
  },
  '251': {
    title: 'Destinatário não é local: a mensagem será encaminhada',
    meaning:
      'Não é um erro. A caixa postal do destinatário não fica neste servidor, mas ele aceitou a mensagem e vai encaminhá-la para o endereço que conhece.',
    advice: 'Nada a fazer. Se a resposta mostrar um endereço novo, vale atualizar o contato.',
  },
  '252': {
    title: 'Usuário não verificado, mas a entrega será tentada',
    meaning:
      'Não é um erro. Normalmente é a resposta ao comando VRFY: o servidor não confirma se a caixa postal existe (em geral por privacidade), mas aceita mensagens para ela e vai tentar entregar.',
    advice: 'Nada a fazer. O 252 não garante que o endereço exista: um aviso de falha na entrega ainda pode chegar depois.',
  },
  '334': {
    title: 'Desafio de autenticação',
    meaning:
      'Não é um erro. Durante o AUTH, o servidor pede o próximo dado do login, como o usuário ou a senha, normalmente codificado em Base64.',
    advice: 'Nada a fazer: o programa de e-mail responde sozinho. Se o login falhar em seguida, confira o usuário e a senha.',
  },
  '253': {
    title: 'Mensagens pendentes sendo enviadas',
    meaning:
      'Não é um erro. É uma resposta ao comando ETRN (RFC 1985), com que um servidor pede a outro as mensagens guardadas para um domínio: "OK, há <n> mensagens pendentes para o domínio, e a entrega começou".',
    advice: 'Nada a fazer: as mensagens guardadas estão a caminho.',
  },
  '354': {
    title: 'Pronto para receber a mensagem',
    meaning:
      'Não é um erro. O servidor aceitou o remetente e os destinatários e agora espera o conteúdo da mensagem (é a resposta ao comando DATA). O conteúdo termina com uma linha que tem só um ponto.',
    advice: 'Nada a fazer: em seguida, o programa de envio transmite a mensagem.',
  },
  '420': {
    title: 'Tempo esgotado ou problema de conexão',
    meaning:
      'Nenhuma RFC define o 420. As listas de códigos que circulam na internet o descrevem como tempo esgotado ou problema de conexão durante a transferência, e ele raramente aparece em avisos de falha na entrega reais. Como todo código 4xx, indica uma falha temporária.',
    advice:
      'Aguarde: o servidor de envio tenta de novo sozinho. Se a mensagem continuar voltando depois de um dia, peça ao seu provedor que verifique os logs.',
  },
  '421': {
    title: 'Serviço indisponível, conexão encerrada',
    meaning:
      'O servidor de destino está encerrando a conexão por enquanto: pode estar sobrecarregado, reiniciando ou limitando quantas conexões ou mensagens aceita do seu servidor. Muitos provedores também usam o 421 para frear remetentes com má reputação. A falha é temporária.',
    advice:
      'O servidor de envio tenta de novo sozinho, e normalmente isso basta. Se a falha durar horas, quem administra o servidor de envio deve ler o texto que vem depois do código (limite de envio, reputação, DNS reverso/PTR) e diminuir o ritmo dos envios.',
  },
  '422': {
    title: 'Caixa postal do destinatário acima do limite',
    meaning:
      'Nenhuma RFC define o 422 como código de resposta; o registro da IANA o associa ao 4.7.12 (troca de senha necessária), para o qual a RFC 4954 usa o 432. Na prática, ele costuma indicar que a caixa postal do destinatário está cheia, pois se lê como o código estendido 4.2.2 ("caixa postal cheia") sem os pontos. A falha é temporária: o destinatário pode liberar espaço.',
    advice:
      'Deixe o servidor de envio tentar de novo. Se a mensagem continuar voltando, avise o destinatário, por outro meio (telefone, WhatsApp), de que a caixa postal dele está cheia.',
  },
  '430': {
    title: 'Comando não aceito no momento',
    meaning:
      'Nenhuma RFC define o 430 como código de resposta; o registro da IANA só o cita entre os códigos usados com o 4.5.1 ("comando inválido"). Quem o envia não aceitou um comando por enquanto.',
    advice:
      'Leia o texto da resposta e deixe o servidor de envio tentar de novo. Se persistir, encaminhe o aviso de falha na entrega ao seu provedor.',
  },
  '431': {
    title: 'Servidor de destino sem espaço em disco ou memória',
    meaning:
      'Nenhuma RFC define o 431 como código de resposta. Ele indica falta de espaço em disco ou de memória no servidor de destino (lembra o código estendido 4.3.1, "sistema de e-mail cheio", sem os pontos). O problema está do lado de quem recebe e é temporário.',
    advice:
      'Deixe o servidor de envio tentar de novo. Se você manda muitas mensagens para o mesmo domínio de uma vez, divida o envio em lotes menores.',
  },
  '432': {
    title: 'Login com senha simples exigido ou fila do Exchange parada',
    meaning:
      'A RFC 4954 define o 432 como resposta ao AUTH: o servidor precisa de um login com senha simples (método PLAIN) antes que o método de login escolhido passe a funcionar. O Microsoft Exchange também usa o 432 (com 4.3.2) quando o servidor de destino parou ou limitou a fila de entrada. Nos dois casos, a falha é temporária.',
    advice:
      'Se apareceu no login para enviar, configure o programa de e-mail para usar senha normal uma vez e tente de novo. Se veio de um servidor Exchange, deixe o servidor de envio tentar de novo; se durar, quem administra o servidor do destinatário precisa verificar.',
  },
  '441': {
    title: 'Servidor de destino não responde',
    meaning:
      'Nenhuma RFC define o 441 como código de resposta. Ele indica que o servidor do destinatário não respondeu (lembra o código estendido 4.4.1, "sem resposta do servidor", sem os pontos). A falha é temporária.',
    advice:
      'Deixe o servidor de envio tentar de novo. Se durar um dia ou mais, o servidor do destinatário provavelmente está fora do ar: avise o destinatário por outro meio.',
  },
  '442': {
    title: 'Conexão caiu durante a transferência',
    meaning:
      'Nenhuma RFC define o 442 como código de resposta. Ele indica que a conexão caiu no meio da transferência, por um problema de rede em algum ponto entre os dois servidores (lembra o código estendido 4.4.2, "conexão ruim", sem os pontos). A falha é temporária.',
    advice:
      'Deixe o servidor de envio tentar de novo. Se acontecer com vários destinos, quem administra o servidor de envio deve verificar a rede e o firewall.',
  },
  '446': {
    title: 'Saltos demais: loop de e-mail',
    meaning:
      'Nenhuma RFC define o 446 como código de resposta. Ele indica que a mensagem passou por servidores demais, o que quase sempre é um loop: dois servidores ou regras de encaminhamento ficam mandando a mensagem um para o outro (lembra o código estendido 4.4.6, "loop de roteamento detectado", sem os pontos).',
    advice:
      'Reenviar não resolve enquanto o loop existir. Avise quem administra o sistema onde o loop acontece (muitas vezes é um encaminhamento configurado pelo destinatário); os cabeçalhos Received do aviso de falha na entrega mostram o caminho.',
  },
  '447': {
    title: 'Tempo de entrega esgotado',
    meaning:
      'Nenhuma RFC define o 447 como código de resposta. Ele indica que a mensagem não pôde ser entregue a tempo por causa de um problema do lado de quem recebe (lembra o código estendido 4.4.7, "prazo de entrega expirado", sem os pontos). Algumas listas o ligam a destinatários demais, mas nada confirma isso.',
    advice:
      'Deixe o servidor de envio tentar de novo. Se ele desistir e a mensagem voltar, confira se o domínio do destinatário está certo e reenvie mais tarde.',
  },
  '449': {
    title: 'Erro de roteamento',
    meaning:
      'Nenhuma RFC define o 449. As listas de códigos o descrevem como erro de roteamento: um servidor não conseguiu descobrir para onde mandar a mensagem. A falha é temporária.',
    advice:
      'Deixe o servidor de envio tentar de novo. Se persistir, quem administra o servidor que gerou o erro precisa revisar o roteamento (DNS, registros MX, conectores).',
  },
  '450': {
    title: 'Caixa postal indisponível no momento',
    meaning:
      'A ação não foi feita porque a caixa postal não pode ser usada agora: pode estar ocupada, travada ou bloqueada por um tempo por alguma política do servidor. Servidores com greylisting também respondem 450 à primeira tentativa de um remetente desconhecido. A falha é temporária.',
    advice:
      'Deixe o servidor de envio tentar de novo; no caso do greylisting, a próxima tentativa já passa. Se continuar falhando, leia o texto depois do código: se ele citar uma lista de bloqueio ou a reputação do IP, quem administra o servidor de envio precisa agir.',
  },
  '451': {
    title: 'Erro local no processamento',
    meaning:
      'O servidor de destino teve um problema interno e interrompeu a ação: sobrecarga, falha numa consulta ao DNS ou a um banco de dados, ou um antivírus que não respondeu. Greylisting e alguns filtros antispam também usam o 451 para adiar a entrega. A falha é temporária.',
    advice:
      'Deixe o servidor de envio tentar de novo; na maioria das vezes, o 451 se resolve sozinho. Se durar mais de um dia, quem administra o servidor de envio deve ler o texto depois do código e, se preciso, falar com o provedor do destinatário.',
  },
  '452': {
    title: 'Armazenamento insuficiente',
    meaning:
      'A RFC 5321 usa o 452 tanto para falta de espaço no servidor quanto para destinatários demais numa mesma mensagem (§4.5.3.1.10); muitos servidores o usam também quando a caixa postal do destinatário passou da cota. A falha é temporária.',
    advice:
      'Deixe o servidor de envio tentar de novo. Se o texto falar em destinatários demais, mande para menos pessoas por mensagem; se falar em caixa postal cheia, avise o destinatário por outro meio.',
  },
  '453': {
    title: 'Nenhuma mensagem esperando',
    meaning:
      'A RFC 2645 define o 453 como resposta ao comando ATRN, com que um servidor que só se conecta de vez em quando pede as mensagens guardadas para os seus domínios: não há nenhuma esperando ("You have no mail"). O registro da IANA também associa o 453 ao 4.3.2: com esse código estendido, o servidor de destino não está recebendo mensagens no momento.',
    advice:
      'Depois de um ATRN, não há nada a fazer. Se veio como 453 4.3.2 na entrega de uma mensagem, deixe o servidor de envio tentar de novo mais tarde.',
  },
  '454': {
    title: 'TLS ou autenticação indisponível no momento',
    meaning:
      'A RFC 3207 usa o 454 quando o servidor não consegue iniciar a criptografia TLS naquele momento, e a RFC 4954, quando o login (AUTH) falhou por um motivo temporário. Alguns servidores também respondem "454 Relay access denied" quando se recusam a repassar mensagens de quem não fez login. A falha é temporária.',
    advice:
      'Tente de novo mais tarde. Se você envia pelo seu provedor e o erro se repete, confira se o programa de e-mail faz login para enviar (autenticação SMTP ativada) e usa a porta certa; se estiver tudo certo, o problema é no servidor do provedor.',
  },
  '455': {
    title: 'Servidor não pode atender aos parâmetros',
    meaning:
      'No momento, o servidor não consegue aceitar um parâmetro de extensão enviado com MAIL FROM ou RCPT TO (por exemplo, o tamanho declarado da mensagem). A falha é temporária.',
    advice:
      'Deixe o servidor de envio tentar de novo. Se persistir, quem administra o servidor de envio deve descobrir qual parâmetro o servidor de destino está recusando.',
  },
  '458': {
    title: 'Não foi possível liberar a fila',
    meaning:
      'A RFC 1985 define o 458 como resposta ao comando ETRN, com que um servidor pede a outro as mensagens guardadas para um domínio: o servidor não conseguiu começar a entregá-las ("Unable to queue messages for node"). Não se refere a uma mensagem específica.',
    advice:
      'Quem administra o servidor que pediu as mensagens deve tentar de novo mais tarde. Se persistir, fale com quem guarda as mensagens, em geral o provedor ou o servidor de backup.',
  },
  '459': {
    title: 'Domínio não autorizado a liberar a fila',
    meaning:
      'A RFC 1985 define o 459 como resposta ao comando ETRN: o servidor não permite liberar as mensagens guardadas para esse domínio ("Node not allowed"), e o texto costuma dizer por quê. Não se refere a uma mensagem específica.',
    advice:
      'Quem administra o servidor que pediu as mensagens precisa confirmar com o provedor se o domínio está configurado para ETRN naquele servidor.',
  },
  '471': {
    title: 'Erro num filtro de e-mail',
    meaning:
      'Nenhuma RFC define o 471 como código de resposta. Ele costuma indicar um problema no próprio servidor de e-mail, muitas vezes no filtro antispam (lembra o código estendido 4.7.1, "entrega não autorizada", sem os pontos). A falha é temporária.',
    advice:
      'Deixe o servidor de envio tentar de novo. Se persistir, peça ao seu provedor, ou a quem administra o servidor que respondeu, que verifique o filtro.',
  },
  '500': {
    title: 'Erro de sintaxe: comando não reconhecido',
    meaning:
      'O servidor não entendeu um comando: ele é desconhecido, está escrito errado ou é longo demais. Com programas de e-mail comuns, isso indica um defeito no programa, ou um antivírus ou firewall interferindo na sessão SMTP.',
    advice:
      'Repetir do mesmo jeito vai falhar de novo. Se você usa um programa de e-mail, veja se o antivírus ou o firewall tem "verificação de e-mail" e desative essa opção para testar; fora isso, quem mantém o software de envio precisa corrigir.',
  },
  '501': {
    title: 'Erro de sintaxe nos parâmetros',
    meaning:
      'O servidor entendeu o comando, mas não o argumento dele. Na maioria das vezes é um endereço de e-mail mal escrito (com espaço, sem @ ou com caractere não permitido), no remetente ou em algum destinatário.',
    advice:
      'Confira todos os endereços em busca de erros de digitação, espaços e caracteres estranhos e envie de novo. Se os endereços estiverem certos, o programa de e-mail ou um antivírus pode estar mandando o comando com defeito.',
  },
  '502': {
    title: 'Comando não implementado',
    meaning: 'O servidor não oferece esse comando, ou ele está desativado (é comum com VRFY e EXPN).',
    advice:
      'Não há nada a corrigir na mensagem. Se o envio falhar por causa disso, o software de envio precisa usar um comando que o servidor aceite; na dúvida, fale com o seu provedor.',
  },
  '503': {
    title: 'Sequência de comandos inválida',
    meaning:
      'Os comandos chegaram fora de ordem, por exemplo RCPT antes de MAIL FROM. Muitos servidores também respondem 503 quando é preciso fazer login (AUTH) antes, ou depois que um comando anterior foi recusado.',
    advice:
      'Se você envia pelo seu provedor, ative a opção "meu servidor de saída requer autenticação" no programa de e-mail e confira a porta. Nos outros casos, veja a resposta anterior a esta: o erro de verdade costuma estar nela.',
  },
  '504': {
    title: 'Parâmetro de comando não implementado',
    meaning:
      'O servidor conhece o comando, mas não a opção pedida, por exemplo um método de autenticação que ele não oferece.',
    advice:
      'Escolha outra opção no programa de e-mail, como outro método de autenticação, ou pergunte ao seu provedor quais configurações usar.',
  },
  '510': {
    title: 'Endereço do destinatário inválido',
    meaning:
      'Nenhuma RFC define o 510 como código de resposta: ele lembra o código estendido 5.1.0 ("outro problema de endereço") sem os pontos. Indica que algum endereço da mensagem está errado, normalmente o de um destinatário.',
    advice:
      'Confira os endereços em Para, Cc e Cco, corrija os erros de digitação e envie de novo. Se você tem certeza de que o endereço está certo, confirme com o destinatário por outro meio.',
  },
  '511': {
    title: 'Endereço do destinatário não existe',
    meaning:
      'Nenhuma RFC define o 511 como código de resposta: ele lembra o código estendido 5.1.1 ("caixa postal de destino inválida") sem os pontos, que os servidores enviam como "550 5.1.1". Quer dizer que a caixa postal do destinatário não existe naquele servidor.',
    advice:
      'Procure erros de digitação no endereço e peça o endereço correto ao destinatário por outro meio. Reenviar para o mesmo endereço vai falhar de novo.',
  },
  '512': {
    title: 'Domínio do destinatário não encontrado',
    meaning:
      'Nenhuma RFC define o 512 como código de resposta: ele lembra o código estendido 5.1.2 ("sistema de destino inválido") sem os pontos. O domínio depois do @ não foi encontrado no DNS ou não recebe e-mail, muitas vezes por um erro de digitação como gmail.con.',
    advice:
      'Confira a parte depois do @ e reenvie para o endereço corrigido. Se o domínio estiver certo, o responsável por ele precisa corrigir o DNS (registros MX).',
  },
  '513': {
    title: 'Endereço em formato inválido',
    meaning:
      'Nenhuma RFC define o 513 como código de resposta: ele lembra o código estendido 5.1.3 ("sintaxe de endereço inválida") sem os pontos. Algum endereço não está escrito num formato válido; alguns poucos servidores também o usam quando exigem login antes do envio.',
    advice:
      'Procure nos endereços espaços, partes faltando ou caracteres inválidos e corrija. Se estiver tudo certo e o erro continuar, ative a autenticação SMTP no programa de e-mail.',
  },
  '521': {
    title: 'Servidor não aceita e-mails',
    meaning:
      'Código definido pela RFC 7504: este servidor não aceita e-mail para nenhum endereço. A resposta pode vir logo na saudação ou depois de um comando.',
    advice:
      'Reenviar não adianta. Confira se o domínio do destinatário está certo; se estiver, o responsável pelo domínio precisa apontar os registros MX para um servidor que receba e-mail.',
  },
  '523': {
    title: 'Mensagem grande demais para o servidor de destino',
    meaning:
      'Nenhuma RFC define o 523 como código de resposta. As listas de códigos dizem que a mensagem é maior do que o servidor de destino aceita, como o código estendido 5.2.3 sem os pontos; já o registro da IANA associa o 523 ao 5.7.10 ("criptografia necessária").',
    advice:
      'Envie uma mensagem menor: compacte ou retire anexos, ou compartilhe arquivos grandes por link. Se o texto falar em criptografia ou TLS, quem administra o servidor de envio precisa ativar o TLS.',
  },
  '524': {
    title: 'Criptografia exigida para este método de login',
    meaning:
      'Nenhuma RFC define o 524 como código de resposta, mas o registro da IANA o associa ao 5.7.11: o método de login escolhido só é permitido numa conexão criptografada (TLS). A RFC 4954 usa o 538 para esse caso.',
    advice:
      'Ative SSL/TLS ou STARTTLS para o servidor de saída no programa de e-mail (porta 587 com STARTTLS ou 465 com SSL/TLS). Se quem recebeu essa resposta foi um servidor, o administrador dele precisa iniciar o TLS antes do AUTH.',
  },
  '525': {
    title: 'Conta de usuário desativada',
    meaning:
      'O usuário e a senha foram aceitos, mas a sua conta de envio está desativada, por exemplo por falta de pagamento, abuso ou suspeita de invasão; o código vem do registro da IANA (RFC 5248), que o associa ao 5.7.13. Alguns servidores também usam "525 5.7.13" para recusar um destinatário cuja caixa postal foi desativada ("Disabled recipient address").',
    advice:
      'Se o texto falar da sua conta ou do login, fale com o seu provedor para reativá-la: trocar a senha não resolve. Se falar do destinatário, só ele ou o provedor dele podem reativar a caixa postal.',
  },
  '530': {
    title: 'Autenticação obrigatória',
    meaning:
      'O servidor exige que você faça login (RFC 4954) ou inicie a criptografia TLS (RFC 3207, "Must issue a STARTTLS command first") antes de aceitar o comando. O Microsoft 365 responde assim quando um programa tenta enviar sem login.',
    advice:
      'No programa de e-mail, ative a opção "meu servidor de saída requer autenticação", use o endereço de e-mail completo e a senha, e escolha a porta 587 com STARTTLS ou a 465 com SSL/TLS. Se quem recebeu essa resposta foi um servidor, o administrador dele precisa configurar a autenticação ou o TLS.',
  },
  '533': {
    title: 'Entrega não autorizada',
    meaning:
      'Nenhuma RFC define o 533 como código de resposta; o registro da IANA só o cita entre os códigos usados com o 5.7.1 ("entrega não autorizada"). Quem o envia recusou a mensagem por uma política própria.',
    advice:
      'Leia o texto da resposta: em geral, ele diz qual regra barrou a mensagem. Se falar em lista de bloqueio ou reputação, quem resolve é o seu provedor ou administrador.',
  },
  '534': {
    title: 'Método de autenticação fraco demais',
    meaning:
      'O servidor recusa o método de login escolhido porque o considera fraco demais. O Gmail responde 534 quando exige uma senha de app ou um login pelo navegador.',
    advice:
      'Escolha outro método de autenticação ou use uma senha de app, se o provedor oferecer (o Gmail e outros exigem isso em programas de e-mail). As páginas de ajuda do seu provedor mostram a configuração certa.',
  },
  '535': {
    title: 'Usuário ou senha não aceitos',
    meaning:
      'O login falhou: o usuário ou a senha não foram aceitos. Alguns provedores também respondem 535 quando a conta está bloqueada ou exige senha de app.',
    advice:
      'Confira no programa de e-mail o usuário (em geral, o endereço de e-mail completo) e a senha. Se estiverem certos, entre no webmail do provedor para ver se a conta está bloqueada ou precisa de uma senha de app.',
  },
  '538': {
    title: 'Criptografia exigida para este método de login',
    meaning: 'O servidor só aceita esse método de autenticação numa conexão criptografada (TLS).',
    advice:
      'Ative SSL/TLS ou STARTTLS para o servidor de saída no programa de e-mail (porta 587 com STARTTLS ou 465 com SSL/TLS). Se quem recebeu essa resposta foi um servidor, o administrador dele precisa iniciar o TLS antes do AUTH.',
  },
  '541': {
    title: 'Mensagem recusada pelo filtro do destinatário',
    meaning:
      'Nenhuma RFC define o 541 como código de resposta. As listas de códigos o descrevem como recusa pelo filtro antispam do destinatário. Ele também lembra o código estendido 5.4.1 sem os pontos, que a Microsoft usa em "Recipient address rejected: Access denied" quando o endereço não existe.',
    advice:
      'Se o texto falar em spam ou política, confira o SPF, o DKIM e o DMARC do seu domínio e se o seu IP está em alguma lista de bloqueio, e peça ao destinatário que inclua você entre os remetentes confiáveis. Se falar em "Access denied", confirme o endereço com o destinatário.',
  },
  '550': {
    title: 'Caixa postal indisponível',
    meaning:
      'O servidor recusou a mensagem de forma definitiva. A RFC 5321 usa o 550 para caixa postal inexistente, acesso negado e recusa por política, então é o texto depois do código que esclarece: o mais comum é o endereço não existir, mas bloqueios por spam, por reputação ou por falha de SPF, DKIM e DMARC também aparecem muito.',
    advice:
      'Leia o texto e, se houver, o código estendido (5.1.1 indica endereço inexistente; 5.7.x, bloqueio por política ou segurança). Corrija a causa antes de reenviar; se o endereço estiver errado, peça o certo ao destinatário por outro meio.',
  },
  '551': {
    title: 'Usuário não é local',
    meaning:
      'A RFC 5321 define o 551 como "usuário não é local; tente <outro caminho>": a caixa postal não fica neste servidor, e a resposta pode indicar outro endereço. Hoje ele aparece mais em servidores que se recusam a repassar (fazer relay de) mensagens para domínios que não hospedam.',
    advice:
      'Se a resposta indicar um endereço novo, envie para ele. Caso contrário, confira o domínio do destinatário; se você enviou por um servidor que não é o do seu provedor, ative a autenticação ou use o servidor do seu provedor.',
  },
  '552': {
    title: 'Limite de armazenamento excedido',
    meaning:
      'A RFC 5321 define o 552 como "limite de armazenamento excedido", e os servidores o usam em dois casos diferentes: a caixa postal do destinatário está cheia (5.2.2) ou a sua mensagem é maior do que o servidor aceita (5.2.3 ou 5.3.4); o texto ou o código estendido diz qual dos dois. Quando o 552 fala em destinatários demais, a RFC 5321 (§4.5.3.1.10) manda tratá-lo como falha temporária, porque o código certo para isso é o 452.',
    advice:
      'Se a caixa postal estiver cheia, avise o destinatário por outro meio e reenvie quando ele liberar espaço. Se a mensagem for grande demais, envie uma versão menor: compacte ou retire anexos, ou compartilhe arquivos grandes por link. Se forem destinatários demais, mande para menos pessoas de cada vez.',
  },
  '553': {
    title: 'Nome de caixa postal não permitido',
    meaning:
      'O servidor recusou um endereço: sintaxe errada, domínio desconhecido ou um endereço de remetente que você não tem permissão de usar. Alguns servidores (o qmail, por exemplo) também respondem 553 quando se recusam a repassar mensagens para domínios que não hospedam.',
    advice:
      'Procure erros de digitação nos endereços dos destinatários e confira o endereço de remetente configurado no programa de e-mail: ele precisa ser da sua própria conta. Se estiver tudo certo, pergunte ao seu provedor se você pode enviar com esse endereço.',
  },
  '554': {
    title: 'Falha na transação',
    meaning:
      'Recusa definitiva genérica, em geral um bloqueio por política ou spam: o IP ou o domínio do remetente está numa lista de bloqueio, o conteúdo pareceu spam ou a verificação de SPF, DKIM e DMARC falhou. Como primeira resposta de uma conexão, significa "não há serviço SMTP aqui".',
    advice:
      'Leia o texto depois do código: ele costuma citar a lista de bloqueio ou a regra aplicada. Se for lista de bloqueio, quem administra o servidor de envio deve pedir a remoção do IP; se falar em SPF, DKIM ou DMARC, o DNS do domínio precisa ser corrigido antes de reenviar.',
  },
  '555': {
    title: 'Parâmetros de MAIL FROM/RCPT TO não reconhecidos',
    meaning:
      'O servidor não reconhece ou não aceita um parâmetro de extensão enviado com MAIL FROM ou RCPT TO, como SMTPUTF8 ou uma opção de DSN.',
    advice:
      'Quem precisa agir é o administrador do servidor de envio ou o desenvolvedor do software de envio: ele deve parar de mandar esse parâmetro para este servidor. Reenviar sem mudanças vai falhar de novo.',
  },
  '556': {
    title: 'Domínio não recebe e-mails',
    meaning:
      'Código definido pela RFC 7504: o domínio do destinatário declara que não recebe e-mail nenhum (registro "null MX", RFC 7505). O servidor de envio, ou um servidor no caminho, informa isso sem tentar a entrega.',
    advice: 'Reenviar não adianta. Confira se o domínio foi digitado certo e peça ao destinatário um endereço que funcione.',
  },
} satisfies Record<BasicCode, CodeText>;
