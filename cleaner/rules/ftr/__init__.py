"""The Full-Text RSS site-config importer: the line format (parse), each directive's fate
(directives), one config as a site rule file (convert, write), a folder of them with its index
and report (corpus, report). `article-cleaner rules import-ftr` runs it."""
