"""A datatrove pipeline step that cleans each Document's text into its article.

Needs the `datatrove` extra (`pip install 'article-cleaner[datatrove]'`: plain datatrove, not its
`processing` extra, which pins an old trafilatura; plus orjson, which its JSON Lines reader and
writer need). Use it like any step:

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.scale.datatrove import ArticleCleaner

    LocalPipelineExecutor([JsonlReader("in/"), ArticleCleaner(), JsonlWriter("out/")], tasks=4).run()

`Document.text` becomes the article's body; the title goes into `metadata["title"]`, and the
article's `author` (a list of names), `date`, `site`, `url` (the canonical one the page declares),
`language` and `description` into `metadata` under those names, each only where the page gives it
and the document's metadata has no such key (a reader's own `url` or `language` is kept).
A document whose page holds no article is dropped (the
default: a corpus wants articles), or with `keep_non_articles=True` passed on unchanged with
`metadata["article_status"]` set to its status, as every document passed on has it (`ok`,
`empty` or `not-article`: the words of every other output). The page's URL, when the reader
put one in `metadata["url"]`, picks the site rules. `kind="html"` or `"text"` says what
`Document.text` holds (WarcReader: HTML); None sniffs it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.utils.typeshelper import StatHints

from ..article import has_article
from ..pipeline import Cleaner
from ..read import check_kind


class ArticleCleaner(PipelineStep):
    """Clean `Document.text` into the article's body; title into metadata; non-articles dropped or kept."""

    name = "🧹 article-cleaner"
    type = "✂️ - FORMAT"

    def __init__(self, rules: Iterable[str | Path] = (), *, site_rules: bool = True,
                 keep_non_articles: bool = False, title_key: str = "title", kind: str | None = None) -> None:
        super().__init__()
        # Settings only: the step is pickled to every task, which builds its Cleaner once in `run`.
        self.rules = tuple(str(r) for r in rules)
        self.site_rules = site_rules
        self.keep_non_articles = keep_non_articles
        self.title_key = title_key
        self.kind = check_kind(kind)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        cleaner = Cleaner(self.rules, site_rules=self.site_rules)
        for doc in data:
            self.stat_update(StatHints.total)
            url = doc.metadata.get("url")
            with self.track_time():
                article = cleaner.clean(doc.text, url if isinstance(url, str) else None, self.kind)
            if not has_article(article):
                self.stat_update(article.status)  # `empty` or `not-article`
                if not self.keep_non_articles:
                    self.stat_update(StatHints.dropped)
                    continue
            else:
                # Of the page text, as fix and the progress bar count it: never the HTML's markup.
                removed = sum(len(r.text) for r in article.removed if not r.title)
                self.stat_update("removed_chars", value=removed)
                doc.text = article.body
                doc.metadata[self.title_key] = article.title
                for key, value in article.fields().items():
                    if value is not None:
                        doc.metadata.setdefault(key, value)
            doc.metadata["article_status"] = article.status
            self.stat_update(StatHints.forwarded)
            yield doc
