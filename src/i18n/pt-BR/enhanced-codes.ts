// Textos em português do Brasil dos códigos de status estendidos da IANA. Neutros quanto à classe:
// o mesmo detalhe aparece como 4.x.x (temporário) e 5.x.x (permanente); a camada explain diz qual.
// `transient` substitui o texto de um detalhe escrito para a falha permanente quando a classe é 4.
import type { EnhancedClass, EnhancedCodeTexts, EnhancedSubject } from '../../knowledge/enhanced-codes.js';

export const enhancedCodes = {
  'X.0.0': {
    title: 'Status não definido',
    meaning: 'O servidor não informou um motivo específico: o código só diz se a falha é temporária ou permanente. Em geral, o texto que acompanha o código explica melhor.',
    advice: 'Leia o texto da resposta. Se ele não esclarecer, mande o aviso de falha na entrega completo para o suporte do seu provedor.',
  },

  // ---- endereço ----
  'X.1.0': {
    title: 'Problema com um endereço',
    meaning: 'O servidor recusou um dos endereços da mensagem, quase sempre o do destinatário, sem dizer por quê.',
    advice: 'Confira se o endereço do destinatário está escrito corretamente. Se estiver, veja no texto da resposta se quem foi recusado foi o seu endereço de remetente.',
  },
  'X.1.1': {
    title: 'Caixa postal do destinatário não existe',
    meaning: 'O servidor de destino não tem nenhuma caixa postal com esse nome no domínio. A parte antes do @ está errada ou a conta foi excluída.',
    advice: 'Confira a grafia do endereço e confirme-o com o destinatário por telefone ou WhatsApp. Não continue enviando para ele: e-mails para endereços inexistentes prejudicam sua reputação como remetente.',
    transient: {
      meaning: 'O servidor de destino não encontrou essa caixa postal, mas tratou a falha como temporária: a consulta à lista de usuários pode ter falhado, ou a conta pode ser nova ou estar sendo migrada.',
      advice: 'Deixe o servidor de envio tentar de novo. Se a falha se repetir até o fim das tentativas, confirme o endereço com o destinatário por outro meio antes de reenviar.',
    },
  },
  'X.1.2': {
    title: 'Domínio do destinatário inválido',
    meaning: 'A parte depois do @ não corresponde a um sistema capaz de receber e-mail: o domínio pode não existir ou estar digitado errado.',
    advice: 'Confira o domínio do endereço (gmail.com, e não gmial.com). Se estiver certo, o destinatário precisa pedir a quem administra o domínio que corrija a configuração.',
    transient: {
      meaning: 'Não foi possível confirmar agora o domínio depois do @: em geral, a consulta ao DNS falhou ou demorou demais. O domínio pode estar certo.',
      advice: 'Deixe o servidor de envio tentar de novo. Se a falha continuar, confira a grafia do domínio (gmail.com, e não gmial.com).',
    },
  },
  'X.1.3': {
    title: 'Endereço do destinatário malformado',
    meaning: 'O endereço do destinatário não está no formato de um e-mail válido: falta o @ ou há espaços, caracteres proibidos ou um ponto fora do lugar.',
    advice: 'Corrija o endereço e reenvie. Cuidado com espaços, vírgulas e aspas que vêm junto quando você copia e cola.',
  },
  'X.1.4': {
    title: 'Endereço do destinatário ambíguo',
    meaning: 'O endereço corresponde a mais de uma caixa postal no servidor de destino, que não sabe a quem entregar a mensagem.',
    advice: 'Peça ao destinatário o endereço exato e completo. Se isso não resolver, o administrador do servidor de destino precisa corrigir os apelidos (aliases) duplicados.',
  },
  'X.1.5': {
    title: 'Endereço do destinatário válido',
    meaning: 'O servidor de destino aceitou o endereço do destinatário. Não é um erro.',
    advice: 'Não é preciso fazer nada.',
  },
  'X.1.6': {
    title: 'Caixa postal mudou, sem endereço novo',
    meaning: 'O destinatário não usa mais esse endereço neste servidor e não deixou um endereço novo para onde encaminhar.',
    advice: 'Descubra o endereço novo do destinatário por outro meio e atualize seus contatos. Reenviar para este endereço não vai adiantar.',
    transient: {
      meaning: 'O servidor de destino indica que a caixa postal mudou sem deixar um endereço novo, mas tratou a falha como temporária: a mudança pode estar em andamento.',
      advice: 'Deixe o servidor de envio tentar de novo. Se a falha continuar, pergunte ao destinatário, por outro meio, se ele mudou de endereço.',
    },
  },
  'X.1.7': {
    title: 'Endereço do remetente malformado',
    meaning: 'O servidor de destino não reconhece o seu endereço de remetente como um endereço de e-mail válido.',
    advice: 'Confira o endereço de remetente configurado no seu programa de e-mail. Se a mensagem saiu de um sistema automático, o administrador dele precisa corrigir o endereço configurado.',
  },
  'X.1.8': {
    title: 'Domínio do remetente inválido',
    meaning: 'O domínio do seu endereço de remetente não existe ou não pode receber respostas, e por isso o servidor de destino recusa a mensagem.',
    advice: 'Envie de um endereço cujo domínio exista e tenha registros MX no DNS. Se o domínio for seu, peça a quem cuida do DNS que verifique a configuração.',
    transient: {
      meaning: 'O servidor de destino não conseguiu confirmar agora o domínio do seu endereço de remetente, em geral porque a consulta ao DNS falhou, e recusou a mensagem por enquanto.',
      advice: 'Deixe o servidor de envio tentar de novo. Se a falha continuar, peça a quem cuida do DNS do seu domínio que confira se ele responde e tem registros MX.',
    },
  },
  'X.1.9': {
    title: 'Mensagem repassada a um sistema sem rastreamento',
    meaning: 'O endereço era válido, mas a mensagem foi repassada a um sistema que não oferece rastreamento de mensagens (RFC 3885 e 3886), então o rastreamento não tem mais informações sobre ela.',
    advice: 'Se precisar saber se a mensagem chegou, pergunte ao destinatário: o rastreamento não consegue acompanhá-la daqui em diante.',
  },
  'X.1.10': {
    title: 'Domínio do destinatário não recebe e-mail (null MX)',
    meaning: 'O domínio do destinatário publica no DNS um registro "null MX", que declara que ele não recebe e-mail de jeito nenhum.',
    advice: 'Nenhum endereço desse domínio recebe mensagens. Peça ao destinatário outro endereço de e-mail.',
  },

  // ---- caixa postal ----
  'X.2.0': {
    title: 'Problema na caixa postal',
    meaning: 'A caixa postal do destinatário existe, mas teve um problema que o servidor não especificou.',
    advice: 'Procure os detalhes no texto da resposta. Se a falha for temporária, o servidor tenta de novo sozinho; se não for, fale com o destinatário por outro meio.',
  },
  'X.2.1': {
    title: 'Caixa postal desativada',
    meaning: 'A caixa postal do destinatário existe, mas não está aceitando mensagens, por exemplo porque a conta foi suspensa ou está inativa.',
    advice: 'Avise o destinatário por outro meio: só ele ou o provedor dele podem reativar a caixa postal. Até lá, não insista no envio.',
    transient: {
      meaning: 'A caixa postal do destinatário existe, mas não está aceitando mensagens no momento, por exemplo porque a conta foi bloqueada por um tempo ou está recebendo mensagens demais.',
      advice: 'Deixe o servidor de envio tentar de novo. Se a falha durar dias, avise o destinatário por outro meio.',
    },
  },
  'X.2.2': {
    title: 'Caixa postal cheia',
    meaning: 'A caixa postal do destinatário chegou ao limite de espaço e não aceita mensagens novas.',
    advice: 'O destinatário precisa liberar espaço. Avise-o por outro meio e tente de novo mais tarde.',
  },
  'X.2.3': {
    title: 'Mensagem acima do limite do destinatário',
    meaning: 'A mensagem é maior que o tamanho máximo definido para a caixa postal do destinatário.',
    advice: 'Reduza o tamanho dos anexos ou compartilhe os arquivos grandes por um link (Google Drive, OneDrive, WeTransfer).',
  },
  'X.2.4': {
    title: 'Falha ao expandir a lista de distribuição',
    meaning: 'O destinatário é uma lista de distribuição, e o servidor de destino não conseguiu obter a relação de membros.',
    advice: 'Quem administra a lista precisa resolver. Avise essa pessoa ou escreva diretamente para os membros.',
  },

  // ---- sistema de e-mail ----
  'X.3.0': {
    title: 'Problema no sistema de e-mail',
    meaning: 'O sistema de e-mail de destino teve um problema que não foi especificado.',
    advice: 'Leia o texto da resposta. Se a falha for temporária, aguarde as novas tentativas automáticas; se persistir, quem precisa agir é o provedor do destinatário.',
  },
  'X.3.1': {
    title: 'Sistema de e-mail de destino sem espaço',
    meaning: 'O servidor de destino está sem espaço para guardar mensagens novas. O problema é do servidor inteiro, não só da caixa postal do destinatário.',
    advice: 'Tente de novo mais tarde. Se continuar, avise o destinatário para que o provedor dele resolva.',
  },
  'X.3.2': {
    title: 'Servidor não está recebendo e-mail',
    meaning: 'O servidor de destino não está aceitando mensagens agora, ou não aceita nunca; isso acontece, por exemplo, durante uma manutenção.',
    advice: 'Se a falha for temporária, o servidor de envio tenta de novo sozinho. Se for permanente, esse servidor não recebe e-mail: peça ao destinatário outro endereço.',
    permanentAdvice: 'O servidor está recusando qualquer mensagem, não só as deste endereço: pode estar sendo desligado ou passando por uma manutenção longa, ou simplesmente não recebe e-mail (resposta 521). Enquanto isso durar, reenviar não adianta: peça ao destinatário, por outro meio, um endereço que funcione e tire este da sua lista.',
  },
  'X.3.3': {
    title: 'Servidor sem um recurso pedido',
    meaning: 'A mensagem depende de um recurso que o servidor de destino não oferece, como uma opção especial de entrega pedida pelo servidor de envio.',
    advice: 'O seu provedor ou administrador precisa enviar sem essa opção. Encaminhe a ele o aviso de falha na entrega.',
  },
  'X.3.4': {
    title: 'Mensagem grande demais para o servidor',
    meaning: 'A mensagem passa do tamanho máximo que o servidor de destino aceita, seja qual for o destinatário.',
    advice: 'Diminua os anexos ou compartilhe os arquivos grandes por um link.',
  },
  'X.3.5': {
    title: 'Servidor de destino mal configurado',
    meaning: 'O servidor de destino tem um erro de configuração e não consegue entregar a mensagem.',
    advice: 'O administrador do servidor de destino precisa corrigir o problema. Avise o destinatário por outro meio.',
  },
  'X.3.6': {
    title: 'Prioridade da mensagem alterada',
    meaning: 'O servidor aceitou a mensagem, mas mudou a prioridade que você pediu. Não é um erro.',
    advice: 'Não é preciso fazer nada.',
  },

  // ---- rede e roteamento ----
  'X.4.0': {
    title: 'Problema de rede ou roteamento',
    meaning: 'Um problema de rede ou de roteamento impediu a mensagem de chegar ao servidor de destino.',
    advice: 'Se a falha for temporária, o servidor de envio tenta de novo sozinho. Se persistir, confira o domínio do destinatário e encaminhe o aviso de falha na entrega ao seu provedor.',
  },
  'X.4.1': {
    title: 'Servidor de destino não responde',
    meaning: 'O servidor de envio não conseguiu se conectar ao servidor de destino, ou não recebeu resposta a tempo.',
    advice: 'Costuma ser passageiro, e o servidor de envio tenta de novo sozinho. Se durar dias, o administrador do servidor de destino precisa verificá-lo.',
    permanentAdvice: 'O servidor de envio desistiu de se comunicar com o servidor de destino. Confira o domínio do destinatário e reenvie mais tarde; se falhar de novo, o administrador do servidor de destino precisa verificá-lo.',
  },
  'X.4.2': {
    title: 'Conexão interrompida',
    meaning: 'A conexão com o servidor de destino caiu ou falhou no meio da entrega.',
    advice: 'Costuma ser passageiro, e há novas tentativas automáticas. Se continuar acontecendo, seu provedor deve investigar a rede.',
    permanentAdvice: 'Reenvie mais tarde: como a falha foi dada como permanente, nenhum servidor vai tentar de novo sozinho. Se continuar acontecendo, o seu provedor deve investigar a rede.',
  },
  'X.4.3': {
    title: 'Falha no serviço de diretório',
    meaning: 'O sistema de destino não conseguiu consultar um serviço de que depende, como o DNS ou a base de usuários.',
    advice: 'Costuma ser passageiro: aguarde as novas tentativas. Se persistir, o administrador do servidor de destino precisa resolver.',
    permanentAdvice: 'Reenvie mais tarde: como a falha foi dada como permanente, nenhum servidor vai tentar de novo sozinho. Se persistir, o administrador do servidor de destino precisa resolver.',
  },
  'X.4.4': {
    title: 'Não há rota para a mensagem',
    meaning: 'Não foi encontrado um caminho até o domínio do destinatário; em geral, o domínio não tem registro MX ou A válido no DNS.',
    advice: 'Confira a grafia do domínio. Se estiver certa, o dono do domínio precisa corrigir o DNS.',
    transient: {
      meaning: 'Por enquanto, não foi encontrado um caminho até o domínio do destinatário; em geral, a consulta ao DNS falhou ou demorou demais.',
      advice: 'Deixe o servidor de envio tentar de novo. Se a falha continuar, confira a grafia do domínio; se estiver certa, o dono do domínio precisa verificar o DNS.',
    },
  },
  'X.4.5': {
    title: 'Sistema de e-mail congestionado',
    meaning: 'O servidor de destino está sobrecarregado e está adiando o recebimento de mensagens novas.',
    advice: 'Tente de novo mais tarde; normalmente o servidor de envio faz isso sozinho.',
    permanentAdvice: 'Reenvie mais tarde: como a falha foi dada como permanente, nenhum servidor vai tentar de novo sozinho.',
  },
  'X.4.6': {
    title: 'Loop de roteamento',
    meaning: 'A mensagem ficou andando em círculos entre servidores, em geral por causa de um encaminhamento automático ou de um MX mal configurado.',
    advice: 'Verifique se o endereço do destinatário não encaminha as mensagens de volta para você. Se não for isso, mande o aviso de falha na entrega ao administrador do servidor de destino, que precisa corrigir o roteamento.',
  },
  'X.4.7': {
    title: 'Prazo de entrega esgotado',
    meaning: 'O servidor de envio tentou entregar a mensagem durante o prazo permitido (geralmente alguns dias) e desistiu.',
    advice: 'Confira o endereço e o domínio do destinatário e reenvie. Se o prazo se esgotar de novo, o servidor de destino pode estar fora do ar ou bloqueando você.',
    transient: {
      meaning: 'A mensagem ainda não foi entregue depois de muito tempo na fila: em geral, o servidor de destino está fora do ar ou recusando as tentativas por enquanto.',
      advice: 'Por enquanto, espere: o servidor de envio continua tentando até o prazo final, que costuma ser de alguns dias. Se a mensagem for urgente, confira o endereço e fale com o destinatário por outro meio.',
    },
  },

  // ---- protocolo de entrega ----
  'X.5.0': {
    title: 'Problema no protocolo',
    meaning: 'Algo deu errado na conversa SMTP entre os servidores. Alguns servidores usam este código para erros de outro tipo, então o que vale é o texto da resposta.',
    advice: 'Leia o texto da resposta. Se ele não explicar, encaminhe o aviso de falha na entrega ao seu provedor.',
  },
  'X.5.1': {
    title: 'Comando inválido',
    meaning: 'O servidor de destino não aceitou um comando do servidor de envio, ou o recebeu fora de ordem.',
    advice: 'A falha é do programa ou do servidor de envio, não da sua mensagem. Encaminhe o aviso de falha na entrega ao seu provedor ou administrador.',
  },
  'X.5.2': {
    title: 'Erro de sintaxe',
    meaning: 'Um comando enviado ao servidor de destino estava escrito de forma incorreta.',
    advice: 'A falha é do programa ou do servidor de envio. Encaminhe o aviso de falha na entrega ao seu provedor ou administrador.',
  },
  'X.5.3': {
    title: 'Destinatários demais',
    meaning: 'A mensagem tem mais destinatários do que o servidor de destino aceita de uma vez.',
    advice: 'Divida os destinatários em grupos menores. Para envios em massa, use uma ferramenta de e-mail marketing ou um serviço de envio em massa.',
  },
  'X.5.4': {
    title: 'Parâmetro de comando inválido',
    meaning: 'O comando era válido, mas um dos parâmetros não era, como um endereço em formato errado ou uma opção que o servidor não aceita.',
    advice: 'Confira os endereços envolvidos. Se estiverem certos, encaminhe o aviso de falha na entrega ao seu provedor ou administrador.',
  },
  'X.5.5': {
    title: 'Versão de protocolo errada',
    meaning: 'Os dois servidores não conseguiram combinar uma versão do protocolo.',
    advice: 'Quem precisa corrigir é o administrador do servidor de envio. Encaminhe o aviso de falha na entrega ao seu provedor.',
  },
  'X.5.6': {
    title: 'Linha de autenticação longa demais',
    meaning: 'Durante o login (autenticação SMTP), o programa de envio mandou uma linha maior do que o servidor permite.',
    advice: 'Atualize seu programa de e-mail ou escolha outro método de login. Se continuar, fale com seu provedor.',
  },

  // ---- conteúdo da mensagem ----
  'X.6.0': {
    title: 'Problema no formato da mensagem',
    meaning: 'O servidor de destino recusou o formato ou o tipo de conteúdo da mensagem, sem dar detalhes.',
    advice: 'Reenvie com um conteúdo mais simples: texto puro ou anexos comuns. O texto da resposta pode indicar o que foi recusado.',
  },
  'X.6.1': {
    title: 'Tipo de conteúdo não aceito',
    meaning: 'Uma parte da mensagem está em um formato que o sistema de destino não aceita.',
    advice: 'Mande o conteúdo em um formato comum (PDF, JPG, ZIP) ou por um link.',
  },
  'X.6.2': {
    title: 'Conversão necessária, mas proibida',
    meaning: 'Para ser entregue, a mensagem precisaria ser convertida, mas o remetente ou a própria mensagem proíbe a conversão.',
    advice: 'Reenvie em um formato mais simples ou peça ao seu provedor que permita a conversão.',
  },
  'X.6.3': {
    title: 'Conversão necessária, mas indisponível',
    meaning: 'Para ser entregue, a mensagem precisaria ser convertida, e nenhum servidor no caminho sabe fazer essa conversão.',
    advice: 'Reenvie em um formato mais comum, como texto puro com anexos usuais.',
  },
  'X.6.4': {
    title: 'Convertida com perda',
    meaning: 'A mensagem foi entregue, mas a conversão perdeu parte do conteúdo, como a formatação ou um anexo.',
    advice: 'Confirme com o destinatário se tudo o que importava chegou.',
  },
  'X.6.5': {
    title: 'Falha na conversão',
    meaning: 'Um servidor tentou converter a mensagem para entregá-la e não conseguiu.',
    advice: 'Reenvie com um conteúdo mais simples ou menos anexos. Se continuar, encaminhe o aviso de falha na entrega ao seu provedor.',
  },
  'X.6.6': {
    title: 'Conteúdo da mensagem indisponível',
    meaning: 'O servidor não conseguiu buscar o conteúdo que deveria enviar. Esse recurso, em que o servidor busca a mensagem em vez de recebê-la (BURL, RFC 4468), é usado sobretudo por aplicativos de e-mail de celular.',
    advice: 'Envie a mensagem de novo pelo seu aplicativo de e-mail. Se continuar falhando, fale com seu provedor.',
  },
  'X.6.7': {
    title: 'Endereço com acentos ou símbolos não aceito',
    meaning: 'O endereço tem acentos ou caracteres de outros alfabetos, e o servidor não aceita endereços assim.',
    advice: 'Use um endereço sem acentos nem caracteres especiais, se o destinatário tiver um.',
  },
  'X.6.8': {
    title: 'Resposta em UTF-8 exigida, mas não permitida',
    meaning: 'O servidor precisaria responder com caracteres internacionais (UTF-8), mas o servidor de envio não informou que os aceita.',
    advice: 'O seu provedor precisa ativar o suporte a SMTPUTF8. Enquanto isso, use endereços sem acentos nem caracteres especiais.',
  },
  'X.6.9': {
    title: 'Cabeçalho em UTF-8 não pode ser entregue',
    meaning: 'A mensagem tem caracteres internacionais (UTF-8) nos endereços ou no cabeçalho, e um dos servidores de destino não lida com eles.',
    advice: 'Use endereços sem acentos nem caracteres especiais e reenvie.',
  },
  'X.6.10': {
    title: 'Resposta em UTF-8 exigida (código obsoleto)',
    meaning: 'Código antigo, registrado por engano como cópia do X.6.8: o servidor precisaria responder com caracteres internacionais que o servidor de envio não aceita.',
    advice: 'O seu provedor precisa ativar o suporte a SMTPUTF8. Enquanto isso, use endereços sem acentos nem caracteres especiais.',
  },

  // ---- segurança ou política ----
  'X.7.0': {
    title: 'Problema de segurança ou política',
    meaning: 'O servidor de destino recusou a mensagem por um motivo de segurança ou de política que o código não detalha.',
    advice: 'Leia o texto da resposta: em geral, ele cita a regra que barrou a mensagem. Se não citar, encaminhe o aviso de falha na entrega ao seu provedor.',
  },
  'X.7.1': {
    title: 'Entrega não autorizada',
    meaning: 'O servidor de destino recusou a mensagem por uma política própria. As causas mais comuns: o IP do servidor de envio está em uma lista de bloqueio, a mensagem parece spam ou o servidor foi usado como relay sem permissão.',
    advice: 'Veja a causa exata no texto da resposta. Se for lista de bloqueio ou reputação, quem resolve é o seu provedor ou administrador; se falar em relay, confira a configuração do servidor de saída (SMTP) no seu programa de e-mail.',
  },
  'X.7.2': {
    title: 'Sem permissão para enviar à lista',
    meaning: 'O destinatário é uma lista de distribuição, e você não tem permissão para enviar a ela; muitas listas só aceitam mensagens de membros.',
    advice: 'Peça autorização ao dono da lista ou escreva diretamente para os membros.',
  },
  'X.7.3': {
    title: 'Conversão de segurança impossível',
    meaning: 'A mensagem precisaria ser convertida para passar por uma etapa de segurança, como assinatura ou criptografia, e isso não foi possível.',
    advice: 'Reenvie sem assinatura digital nem criptografia, ou peça ajuda ao seu administrador.',
  },
  'X.7.4': {
    title: 'Recurso de segurança não aceito',
    meaning: 'A mensagem ou a conexão pediu um recurso de segurança que o servidor de destino não oferece.',
    advice: 'Envie sem essa opção (por exemplo, um modo especial de login ou de criptografia). O seu administrador pode revisar a configuração.',
  },
  'X.7.5': {
    title: 'Falha criptográfica',
    meaning: 'Uma etapa de assinatura ou de criptografia falhou, e o servidor não conseguiu processar a mensagem.',
    advice: 'Confira o certificado que você usa para assinar ou criptografar. Se não usa nenhum, encaminhe o aviso de falha na entrega ao seu administrador.',
  },
  'X.7.6': {
    title: 'Algoritmo criptográfico não aceito',
    meaning: 'A mensagem usa um algoritmo de criptografia ou de assinatura que o sistema de destino não aceita.',
    advice: 'Use um algoritmo mais comum ou envie sem criptografia. O seu administrador pode ajustar o certificado.',
  },
  'X.7.7': {
    title: 'Falha na integridade da mensagem',
    meaning: 'A verificação de que a mensagem não foi alterada no caminho falhou: a assinatura ou o código de verificação não bate com o conteúdo.',
    advice: 'Reenvie. Se acontecer de novo, algo no caminho está alterando a mensagem: encaminhe o aviso de falha na entrega ao seu administrador.',
  },
  'X.7.8': {
    title: 'Login recusado: usuário ou senha inválidos',
    meaning: 'O servidor recusou o usuário ou a senha usados para enviar a mensagem (autenticação SMTP).',
    advice: 'Confira o usuário e a senha no seu programa de e-mail. Alguns provedores exigem uma senha de app ou um novo login depois de uma troca de senha.',
  },
  'X.7.9': {
    title: 'Método de login fraco demais',
    meaning: 'O servidor não aceita o método de login usado pelo seu programa, por considerá-lo inseguro.',
    advice: 'Nas configurações do seu programa de e-mail, escolha um método de login seguro e ative SSL/TLS.',
  },
  'X.7.10': {
    title: 'Criptografia obrigatória',
    meaning: 'O método de login (AUTH) escolhido pelo seu programa de e-mail exige uma conexão criptografada (TLS), e a conexão com o seu servidor de saída não estava criptografada. O conteúdo da mensagem não tem nada a ver com isso, nem o destinatário.',
    advice: 'Ative SSL/TLS ou STARTTLS no servidor de saída do seu programa de e-mail (porta 587 com STARTTLS ou 465 com SSL/TLS) ou escolha um método de login mais seguro. Se quem envia é um servidor ou um sistema, o administrador precisa ativar o TLS antes do login.',
  },
  'X.7.11': {
    title: 'Criptografia obrigatória para esse login',
    meaning: 'O método de login usado (AUTH) só é permitido em uma conexão criptografada (TLS), e o seu programa de e-mail tentou usá-lo no servidor de saída sem criptografia. O destinatário não tem nada a ver com isso.',
    advice: 'Ative SSL/TLS ou STARTTLS nas configurações do seu programa de e-mail e tente de novo.',
  },
  'X.7.12': {
    title: 'Login com senha simples (PLAIN) necessário',
    meaning: 'Antes de aceitar o método de login escolhido, o servidor precisa que você entre uma vez com a senha simples (método PLAIN), numa conexão criptografada. Não é preciso trocar a senha.',
    advice: 'No programa de e-mail, escolha o login com senha normal (PLAIN), com SSL/TLS ou STARTTLS ativado, e envie uma vez; depois disso, o método anterior passa a funcionar. Se não resolver, fale com o seu provedor.',
  },
  'X.7.13': {
    title: 'Conta de usuário desativada',
    meaning: 'O login (AUTH) deu certo, ou seja, a senha estava certa, mas o servidor informa que a conta usada para enviar está desativada (RFC 5248), por exemplo por falta de pagamento, abuso ou suspeita de invasão. Alguns servidores também usam este código para recusar um destinatário cuja caixa postal foi desativada ("Disabled recipient address").',
    advice: 'Se o texto falar da sua conta ou do login, fale com o seu provedor para reativá-la: trocar a senha não resolve. Se falar do destinatário, só ele ou o provedor dele podem reativar a caixa postal.',
  },
  'X.7.14': {
    title: 'Exige relação de confiança',
    meaning: 'O seu servidor de saída (de submissão) precisava buscar a mensagem em outro servidor, em geral a sua caixa IMAP (BURL, RFC 4468), mas não tem uma relação de confiança configurada com ele e, por isso, não pode ler o conteúdo (RFC 5248).',
    advice: 'Envie a mensagem de novo do jeito normal, com o BURL desligado no aplicativo de e-mail, se ele tiver essa opção. Se continuar falhando, o seu provedor precisa configurar a confiança entre os servidores de envio e de IMAP.',
  },
  'X.7.15': {
    title: 'Prioridade baixa demais',
    meaning: 'O servidor não aceita mensagens com a prioridade pedida, por exemplo em momentos de congestionamento.',
    advice: 'Reenvie com prioridade normal ou mais tarde.',
  },
  'X.7.16': {
    title: 'Mensagem grande demais para a prioridade',
    meaning: 'O servidor só aceita uma mensagem desse tamanho com uma prioridade mais alta.',
    advice: 'Diminua a mensagem ou mude a prioridade; compartilhar os arquivos grandes por um link também resolve.',
  },
  'X.7.17': {
    title: 'Dono da caixa postal mudou',
    meaning: 'O endereço agora pertence a outra pessoa. O servidor percebeu isso pela verificação RRVS (RFC 7293) e recusou a mensagem para que ela não caísse nas mãos erradas.',
    advice: 'Não envie mais para esse endereço. Descubra por outro meio o endereço atual da pessoa.',
    transient: {
      meaning: 'O servidor indica que o endereço pode ter mudado de dono desde a data informada pelo seu servidor (verificação RRVS, RFC 7293), mas recusou só por enquanto; o registro define este código apenas como falha permanente.',
      advice: 'Deixe o servidor de envio tentar de novo. Se chegar o aviso de falha definitiva, pare de enviar para esse endereço e descubra por outro meio o endereço atual da pessoa.',
    },
  },
  'X.7.18': {
    title: 'Dono do domínio mudou',
    meaning: 'O domínio do destinatário mudou de dono desde a data informada pelo seu servidor (verificação RRVS, RFC 7293): agora pertence a outra pessoa ou empresa, então o endereço já não leva a quem você conhecia, mesmo que continue funcionando.',
    advice: 'Não envie mais para esse endereço. Descubra por outro meio o endereço atual da pessoa.',
    transient: {
      meaning: 'O servidor indica que o domínio do destinatário pode ter mudado de dono desde a data informada pelo seu servidor (verificação RRVS, RFC 7293), mas recusou só por enquanto; o registro define este código apenas como falha permanente.',
      advice: 'Deixe o servidor de envio tentar de novo. Se chegar o aviso de falha definitiva, pare de enviar para esse endereço e descubra por outro meio o endereço atual da pessoa.',
    },
  },
  'X.7.19': {
    title: 'Verificação de troca de dono impossível',
    meaning: 'O seu servidor pediu ao servidor de destino que confirmasse que a caixa postal não mudou de dono desde uma certa data (RRVS), e ele não conseguiu fazer essa verificação.',
    advice: 'O seu provedor pode reenviar sem essa verificação. Se ninguém a pediu de propósito, encaminhe o aviso de falha na entrega ao seu administrador.',
  },
  'X.7.20': {
    title: 'Nenhuma assinatura DKIM válida',
    meaning: 'O servidor de destino exige uma assinatura DKIM válida, e nenhuma na mensagem passou na verificação. O DKIM é uma assinatura digital com que um domínio assume a responsabilidade pela mensagem e que mostra que ela não foi alterada no caminho.',
    advice: 'O seu provedor ou o administrador do seu domínio precisa configurar a assinatura DKIM.',
  },
  'X.7.21': {
    title: 'Assinatura DKIM não aceita',
    meaning: 'A mensagem tinha uma assinatura DKIM válida, mas o servidor de destino não a aceita, por exemplo por causa do domínio que assinou ou do algoritmo usado.',
    advice: 'O seu administrador precisa assinar com o domínio do seu endereço de remetente, usando algoritmo e tamanho de chave atuais.',
  },
  'X.7.22': {
    title: 'Sem assinatura DKIM do domínio do remetente',
    meaning: 'A mensagem não tinha assinatura DKIM válida do mesmo domínio do endereço no campo From (De), e o servidor de destino exige isso.',
    advice: 'O seu administrador precisa configurar o DKIM para o domínio do seu endereço de remetente, e não só para o domínio do provedor.',
  },
  'X.7.23': {
    title: 'Falha na verificação SPF',
    meaning: 'O servidor que enviou a mensagem não está na lista de servidores autorizados a enviar pelo seu domínio (o registro SPF no DNS).',
    advice: 'O administrador do seu domínio precisa incluir o servidor ou o serviço de envio no registro SPF.',
  },
  'X.7.24': {
    title: 'Erro na verificação SPF',
    meaning: 'O servidor de destino não conseguiu avaliar o registro SPF do seu domínio por causa de um erro: sintaxe inválida, consultas DNS demais ou falha no DNS.',
    advice: 'O administrador do seu domínio precisa testar o registro SPF em um validador on-line e corrigi-lo.',
  },
  'X.7.25': {
    title: 'Falha na verificação do DNS reverso',
    meaning: 'O IP do servidor de envio não tem um nome de DNS reverso (PTR) válido, ou esse nome não aponta de volta para o mesmo IP.',
    advice: 'O seu provedor ou o administrador do servidor precisa criar um registro PTR para o IP, com um nome que aponte de volta para ele no DNS.',
  },
  'X.7.26': {
    title: 'Várias verificações de autenticação falharam',
    meaning: 'Mais de uma verificação de autenticação do remetente falhou. SPF, DKIM e DMARC são registros no DNS e assinaturas que comprovam que a mensagem saiu mesmo do seu domínio.',
    advice: 'O administrador do seu domínio precisa configurar SPF, DKIM e DMARC. Sem isso, muitos provedores vão continuar recusando suas mensagens.',
  },
  'X.7.27': {
    title: 'Domínio do remetente não recebe e-mail (null MX)',
    meaning: 'O domínio do seu endereço de remetente declara no DNS (null MX) que não recebe e-mail, então nenhuma resposta nem aviso de falha na entrega chegaria até você. Por isso o servidor de destino recusa a mensagem.',
    advice: 'Envie de um endereço cujo domínio receba e-mail. Se o domínio for seu, o administrador precisa remover o null MX e publicar registros MX de verdade.',
  },
  'X.7.28': {
    title: 'Enxurrada de mensagens detectada',
    meaning: 'O servidor de destino considera a mensagem parte de uma enxurrada de mensagens parecidas e abusivas, como formulários de cadastro usados para bombardear um endereço.',
    advice: 'Se você envia e-mails automáticos, verifique se seus formulários não estão sendo usados para abuso (use CAPTCHA e confirmação de cadastro). Depois, tente de novo mais tarde.',
  },
  'X.7.29': {
    title: 'Falha na validação ARC',
    meaning: 'A mensagem passou por um intermediário, como uma lista de discussão ou um redirecionamento, e o selo ARC, que preserva o resultado da autenticação original, não foi validado.',
    advice: 'O administrador do intermediário precisa corrigir a assinatura ARC. Se você enviou diretamente, encaminhe o aviso de falha na entrega ao seu administrador.',
  },
  'X.7.30': {
    title: 'Servidor de destino sem suporte a REQUIRETLS',
    meaning: 'A mensagem pediu para trafegar só por conexões criptografadas (REQUIRETLS), e o próximo servidor não consegue garantir isso.',
    advice: 'Reenvie sem a opção REQUIRETLS ou peça ao administrador do servidor de destino que passe a aceitá-la.',
  },
} satisfies EnhancedCodeTexts;

// The class, without naming the kind: the explanation shows it beside ("[falha permanente]").
export const enhancedClasses = {
  '2': 'O servidor fez o que foi pedido.',
  '4': 'É uma falha temporária: em geral o servidor de envio tenta de novo sozinho, e uma das próximas tentativas pode dar certo.',
  '5': 'A mesma mensagem vai falhar de novo enquanto a causa não for corrigida.',
} satisfies Record<EnhancedClass, string>;

export const enhancedSubjects = {
  '0': 'outro ou não definido',
  '1': 'endereço',
  '2': 'caixa postal',
  '3': 'sistema de e-mail',
  '4': 'rede e roteamento',
  '5': 'protocolo de entrega',
  '6': 'conteúdo da mensagem',
  '7': 'segurança ou política',
} satisfies Record<EnhancedSubject, string>;
