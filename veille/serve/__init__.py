"""``veille serve``: an HTTP API and a web interface on the knowledge base (FastAPI, Jinja2).

    >>> from veille.serve.app import create_app
    >>> app = create_app("sqlite:///veille.db")   # then: uvicorn.run(app)
"""
