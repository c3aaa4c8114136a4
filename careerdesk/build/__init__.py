"""The importer: builds ``data/careers.db`` from the public source files.

One module per source (``onet``, ``abilities``, ``bls_projections``, ``bls_wages``,
``ai_gpts``, ``ai_microsoft``, ``ai_anthropic``), a ``derive`` step for the figures the
sources do not hold directly, and ``pipeline`` which runs them into a temporary file and
renames it into place only when the build is complete.
"""
