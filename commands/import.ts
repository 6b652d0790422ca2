import { adminCommandBuilder, requireAdmin } from '../src/discord/admin.ts';
import { reloadAndLog, reloadEverywhere } from '../src/discord/cluster.ts';
import { type Command, UserError } from '../src/discord/command.ts';
import { sendReply } from '../src/discord/respond.ts';
import { catalogue } from '../src/i18n/catalogue.ts';
import { isPublicAddress } from '../src/import/fetch.ts';
import { ImportError } from '../src/import/problems.ts';
import { type ImportSource, importArticle } from '../src/import/run.ts';
import { renderImport, renderImportFailure } from '../src/render/import.ts';
import { replyLanguage } from '../src/render/payload.ts';
import { renderReload } from '../src/render/reload.ts';

/** The largest attachment `/import` takes. */
export const MAX_ATTACHMENT_BYTES = 1024 * 1024;

const builder = adminCommandBuilder({
  name: { en: 'import', ko: '가져오기' },
  description: {
    en: 'Admins: add an article to the knowledge base from a file (txt, md, html) or a web page',
    ko: '관리자: 파일(txt, md, html)이나 웹 페이지에서 기사를 지식 베이스에 추가해요',
  },
})
  .addAttachmentOption((option) =>
    option
      .setName('file')
      .setNameLocalizations({ ko: '파일' })
      .setDescription('The article as a .txt, .md or .html file (at most 1 MB)')
      .setDescriptionLocalizations({ ko: '기사 파일: .txt, .md, .html (1 MB까지)' }),
  )
  .addStringOption((option) =>
    option
      .setName('url')
      .setNameLocalizations({ ko: '주소' })
      .setDescription("The article's web address (http or https)")
      .setDescriptionLocalizations({ ko: '기사의 웹 주소 (http, https)' })
      .setMaxLength(2000),
  )
  .addStringOption((option) =>
    option
      .setName('id')
      .setNameLocalizations({ ko: '아이디' })
      .setDescription("The article's id in the knowledge base (default: from its title)")
      .setDescriptionLocalizations({ ko: '지식 베이스에서 쓸 기사 아이디 (기본: 제목으로 만들어요)' })
      .setMaxLength(64),
  )
  .addBooleanOption((option) =>
    option
      .setName('replace')
      .setNameLocalizations({ ko: '덮어쓰기' })
      .setDescription('Overwrite an existing file of that id, even a curated one')
      .setDescriptionLocalizations({ ko: '같은 아이디의 파일이 있으면 덮어써요 (편집한 파일도)' }),
  );

export default {
  data: builder.toJSON(),
  async execute(interaction, context) {
    const language = replyLanguage(interaction.locale);
    const text = catalogue(language).import;
    requireAdmin(interaction, context, {
      ko: catalogue('ko').import.refused,
      en: catalogue('en').import.refused,
    });
    const file = interaction.options.getAttachment('file');
    const url = interaction.options.getString('url')?.trim();
    if ((file === null) === !url) throw new UserError(text.oneSource);
    const source: ImportSource = file
      ? { kind: 'attachment', url: file.url, name: file.name, size: file.size }
      : { kind: 'url', url: url ?? '' };
    // Fetching a page, checking and reloading take longer than Discord's 3 seconds.
    await interaction.deferReply({ flags: 'Ephemeral' });
    const by = { by: interaction.user.id, requestId: interaction.id };
    let summary: Awaited<ReturnType<typeof importArticle>>;
    try {
      summary = await importArticle({
        source,
        dir: context.config.KNOWLEDGE_DIR,
        id: interaction.options.getString('id') ?? undefined,
        replace: interaction.options.getBoolean('replace') ?? false,
        maxFileBytes: MAX_ATTACHMENT_BYTES,
        fetch: { allowAddress: context.config.IMPORT_ALLOW_PRIVATE ? () => true : isPublicAddress },
      });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      context.logger.warn('knowledge.import_rejected', { ...by, reason: error.problem.kind });
      await sendReply(interaction, renderImportFailure(error.problem, language));
      return;
    }
    context.logger.info('knowledge.import', {
      ...by,
      article: summary.id,
      facts: summary.facts,
      previous: summary.previous,
    });
    // Every shard serves from its own snapshot: each reloads, as for /reload.
    const results = await reloadEverywhere(
      interaction.client,
      by,
      () => reloadAndLog(context.service, context.logger, by),
      { logger: context.logger },
    );
    await sendReply(interaction, renderImport(summary, renderReload(results, language), language));
  },
} satisfies Command;
