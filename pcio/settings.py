"""Settings, all from environment variables with safe defaults.

Production (see README): SECRET_KEY, ALLOWED_HOSTS, PCIO_HTTPS=1, DATABASE_URL.
"""

import math
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
import fontpkg_sarabun

from pcio.webwatch import limits as scan_limits
from pcio.webwatch.detect import personas as scan_personas


def env(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in ("1", "true", "yes", "on")


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(env("PCIO_DATA_DIR", str(BASE_DIR.parent / "data"))).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DEBUG", False)
# Without SECRET_KEY a random key is kept in the data folder, so sessions survive restarts
# but no two installations share one.
SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        import secrets

        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    SECRET_KEY = key_file.read_text().strip()

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_ROOT = env("SITE_ROOT", "http://127.0.0.1:8000")
SITE_NAME = env("SITE_NAME", "pcio")
# The province served: `pcio setup --province` stores it in front.ProvinceProfile, which wins;
# these are the fallbacks before setup (a code in DOPA's province list, a name shown).
PROVINCE_CODE = env("PCIO_PROVINCE", "")  # none: a fresh install names no province
PCIO_PROVINCE_NAME = env("PCIO_PROVINCE_NAME", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "auditlog",
    "axes",
    # Order matters for `pcio demo`: each app's demo data may use the apps above it.
    "pcio.front",
    "pcio.agencies",
    "pcio.accounts",
    "pcio.readiness",
    "pcio.webwatch",
    "pcio.catalog",
    "pcio.compliance",
    "pcio.meetings",
    "pcio.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "pcio.lib.logs.RequestLogMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "pcio.lib.i18n.ThaiFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "pcio.lib.newlines.FormNewlinesMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Bad query parameters, blocked deletes and empty 405s as pages in the layout.
    "pcio.lib.errors.ErrorPagesMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "auditlog.middleware.AuditlogMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "pcio.urls"
WSGI_APPLICATION = "pcio.wsgi.application"

# One field layout for every form (label above, error beside the box): pcio.lib.forms
FORM_RENDERER = "pcio.lib.forms.FormRenderer"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "front" / "admin_templates"],  # admin/base_site.html: fonts
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "pcio.front.context.site",
            ],
            "builtins": ["pcio.front.templatetags.thai"],
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{DATA_DIR / 'pcio.sqlite3'}"), conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Tests run on a file too, not Django's shared-cache memory database: there a page read
    # beside a background job's write fails at once ("table is locked"), which a real file
    # in WAL mode never does, so threaded tests would test the wrong database.
    DATABASES["default"]["TEST"] = {"NAME": env("PCIO_TEST_DATABASE",
                                                str(DATA_DIR / "test.sqlite3"))}
    # WAL lets the web process read while a job writes.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
# django-axes first: it refuses a locked-out login before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

LANGUAGE_CODE = "th"
LANGUAGES = [("th", "ไทย"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env("TIME_ZONE", "Asia/Bangkok")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [("fonts/sarabun", str(fontpkg_sarabun.ROOT / "files"))]
MEDIA_ROOT = DATA_DIR / "media"
# Uploaded files are never served from this URL (no urlpattern serves it): views check
# rights, then stream the file.
MEDIA_URL = "/private-media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
PCIO_MAX_IMPORT_BYTES = int(env("PCIO_MAX_IMPORT_MB", "10")) * 1024 * 1024
# What an import may expand to (an 800 KB XLSX can hold 200 MB of rows); 0 turns one off.
PCIO_MAX_IMPORT_ROWS = int(env("PCIO_MAX_IMPORT_ROWS", "20000"))
PCIO_MAX_IMPORT_COLUMNS = int(env("PCIO_MAX_IMPORT_COLUMNS", "200"))
PCIO_MAX_IMPORT_EXPANDED_BYTES = int(env("PCIO_MAX_IMPORT_EXPANDED_MB", "50")) * 1024 * 1024
PCIO_MAX_IMPORT_RATIO = int(env("PCIO_MAX_IMPORT_RATIO", "100"))
PCIO_MAX_IMPORT_SECONDS = float(env("PCIO_MAX_IMPORT_SECONDS", "300"))
# Files with more rows than this are imported in the background, behind a progress page.
PCIO_IMPORT_INLINE_ROWS = int(env("PCIO_IMPORT_INLINE_ROWS", "500"))
PCIO_PAGE_SIZE = int(env("PCIO_PAGE_SIZE", "25"))

# Email: console in development, SMTP when EMAIL_HOST is set.
EMAIL_HOST = env("EMAIL_HOST")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "pcio@localhost")
EMAIL_BACKEND = env(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
# Apprise URLs for the secretariat (comma separated), e.g. mailto://, tgram://, json://
PCIO_SECRETARIAT_NOTIFY = env_list("PCIO_SECRETARIAT_NOTIFY")

# Background work: Celery over Redis or RabbitMQ when a broker is set, else in-process.
CELERY_BROKER_URL = env("CELERY_BROKER_URL")
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND") or None
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE
# Periodic work: apps add entries below; `celery -A pcio beat` or `pcio cron` runs them.
CELERY_BEAT_SCHEDULE = {}


def every(seconds, name, task):
    """Add one entry to the shared beat schedule (apps add theirs below)."""
    CELERY_BEAT_SCHEDULE[name] = {"task": task, "schedule": seconds}


# /health/ calls a scheduled job overdue when its last success is older than two of its
# intervals and this grace (pcio cron runs every 15 minutes; a run takes time).
PCIO_JOB_GRACE_MINUTES = int(env("PCIO_JOB_GRACE_MINUTES", "60"))

# HTTPS hardening, all on with PCIO_HTTPS=1 (what `pcio check --deploy` expects).
PCIO_HTTPS = env_bool("PCIO_HTTPS")
SECURE_SSL_REDIRECT = PCIO_HTTPS
SESSION_COOKIE_SECURE = PCIO_HTTPS
CSRF_COOKIE_SECURE = PCIO_HTTPS
SECURE_HSTS_SECONDS = 31536000 if PCIO_HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = PCIO_HTTPS
SECURE_HSTS_PRELOAD = PCIO_HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if PCIO_HTTPS else None
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "pcio.lib.errors.csrf_failure"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "pcio.accounts.tokens.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["pcio.api.permissions.AgencyScoped"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "pcio.api.filters.PageNumbers",
    "DEFAULT_FILTER_BACKENDS": ["pcio.api.filters.ParamFilter"],
    "EXCEPTION_HANDLER": "pcio.api.exceptions.handler",
    "DEFAULT_PARSER_CLASSES": ["pcio.api.parsers.JSONParser",
                               "rest_framework.parsers.FormParser",
                               "rest_framework.parsers.MultiPartParser"],
    "PAGE_SIZE": 50,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "pcio API",
    "DESCRIPTION": "JSON API of the provincial PCIO platform. Authenticate with "
    "'Authorization: Token <token>' (tokens from `pcio token USERNAME`).",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# Loading a backup or fixture is not a change anyone made.
AUDITLOG_DISABLE_ON_RAW_SAVE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if env("PCIO_LOG_FORMAT", "json") == "json" else "plain",
        }
    },
    "root": {"handlers": ["console"], "level": env("PCIO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.server": {"level": "WARNING"},
        "django.request": {"level": "ERROR"},
    },
}

# ---- app settings (each app appends its own block below) ----

# webwatch + shared guarded fetcher (pcio.lib.fetch)
PCIO_FETCH_ALLOW_PRIVATE = env_bool("PCIO_FETCH_ALLOW_PRIVATE", False)
PCIO_FETCH_TIMEOUT = float(env("PCIO_FETCH_TIMEOUT", "15"))
PCIO_FETCH_MAX_BYTES = int(env("PCIO_FETCH_MAX_MB", "5")) * 1024 * 1024
PCIO_FETCH_MAX_DECOMPRESSED = int(env("PCIO_FETCH_MAX_DECOMPRESSED_MB", "20")) * 1024 * 1024
PCIO_FETCH_MAX_REDIRECTS = int(env("PCIO_FETCH_MAX_REDIRECTS", "5"))
# a request may wait this long for a free slot to a shared server, on top of its own time
PCIO_FETCH_SLOT_WAIT = float(env("PCIO_FETCH_SLOT_WAIT", "300"))
PCIO_WEBWATCH_MAX_PAGES = int(env("PCIO_WEBWATCH_MAX_PAGES", "200"))
PCIO_WEBWATCH_PER_HOST = int(env("PCIO_WEBWATCH_PER_HOST", "4"))
PCIO_WEBWATCH_REMIND_DAYS = int(env("PCIO_WEBWATCH_REMIND_DAYS", "3"))
# rendering pages in headless Chromium (scripts that build spam at run time): "on" or "off";
# without Chromium a page that would be rendered is checked statically, with a note
PCIO_WEBWATCH_RENDER = env("PCIO_WEBWATCH_RENDER", "on")
PCIO_WEBWATCH_RENDER_EVERY = int(env("PCIO_WEBWATCH_RENDER_EVERY", "50"))  # sample 1 page in N
PCIO_WEBWATCH_RENDER_SECONDS = float(env("PCIO_WEBWATCH_RENDER_SECONDS", "10"))
PCIO_WEBWATCH_RENDER_HEAP_MB = int(env("PCIO_WEBWATCH_RENDER_HEAP_MB", "128"))
PCIO_CHROMIUM = env("PCIO_CHROMIUM", "")

# compliance: checks of declared channels, reminders, the seed's count of local administrations
PCIO_COMPLIANCE_CA_BUNDLE = env("PCIO_COMPLIANCE_CA_BUNDLE")  # CA file instead of the system's
PCIO_COMPLIANCE_DNS_SERVERS = env_list("PCIO_COMPLIANCE_DNS_SERVERS")  # host:port; empty = system
PCIO_COMPLIANCE_CHECK_HOURS = float(env("PCIO_COMPLIANCE_CHECK_HOURS", "24"))
PCIO_COMPLIANCE_REMINDER_DAYS = float(env("PCIO_COMPLIANCE_REMINDER_DAYS", "14"))
PCIO_COMPLIANCE_LOCAL_ADMINS = int(env("PCIO_COMPLIANCE_LOCAL_ADMINS", "68"))
every(PCIO_COMPLIANCE_CHECK_HOURS * 3600, "compliance-checks", "pcio.compliance.tasks.check_all")
# notify() keeps each agency to one reminder per PCIO_COMPLIANCE_REMINDER_DAYS
every(24 * 3600, "compliance-reminders", "pcio.compliance.tasks.remind_all")

# readiness: evidence uploads and reminders for overdue survey questions
PCIO_READINESS_EVIDENCE_MAX_MB = int(env("PCIO_READINESS_EVIDENCE_MAX_MB", "20"))
PCIO_READINESS_EVIDENCE_TYPES = env_list(
    "PCIO_READINESS_EVIDENCE_TYPES", ".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx,.odt,.ods,.csv,.txt"
)
PCIO_READINESS_REMINDER_DAYS = int(env("PCIO_READINESS_REMINDER_DAYS", "3"))

# meetings: the running header of meeting documents when the province profile has no slogan
PCIO_MEETINGS_SLOGAN = env("PCIO_MEETINGS_SLOGAN", "")
# meetings: the digits every number of the agenda, minutes and pack is printed in, whatever
# was typed: "thai" (๑๒๓, as งานสารบรรณ prefers) or "arabic" (123); URLs and e-mail keep theirs
PCIO_DOCUMENT_DIGITS = env("PCIO_DOCUMENT_DIGITS", "thai").strip().lower()
if PCIO_DOCUMENT_DIGITS not in ("thai", "arabic"):
    raise ValueError("PCIO_DOCUMENT_DIGITS must be thai or arabic")
every(24 * 3600, "readiness-reminders", "pcio.readiness.tasks.send_reminders")
LOGGING["loggers"]["weasyprint"] = {"level": "WARNING"}  # meetings: quiet per-page progress
LOGGING["loggers"]["fontTools"] = {"level": "WARNING"}
# webwatch: the address of this pcio in alert links
PCIO_WEBWATCH_BASE_URL = env("PCIO_BASE_URL", "http://localhost:8000").rstrip("/")
LOGGING["loggers"]["httpx"] = {"level": "WARNING"}  # one INFO line per crawled request is noise

# catalog: uploads and harvesting
PCIO_CATALOG_MAX_UPLOAD_BYTES = int(env("PCIO_CATALOG_MAX_UPLOAD_MB", "50")) * 1024 * 1024
PCIO_CATALOG_HARVEST_ALLOW_PRIVATE = env_bool("PCIO_CATALOG_HARVEST_ALLOW_PRIVATE", False)
PCIO_CATALOG_HARVEST_HOURS = float(env("PCIO_CATALOG_HARVEST_HOURS", "24"))
every(PCIO_CATALOG_HARVEST_HOURS * 3600, "catalog-harvest", "pcio.catalog.tasks.harvest_all")
# catalog: availability of linked files; intranet file servers need ALLOW_PRIVATE (or the
# fetcher-wide PCIO_FETCH_ALLOW_PRIVATE), each check is capped by PCIO_FETCH_TIMEOUT
PCIO_CATALOG_LINK_CHECK_HOURS = float(env("PCIO_CATALOG_LINK_CHECK_HOURS", "24"))
PCIO_CATALOG_LINK_CHECK_ALLOW_PRIVATE = env_bool("PCIO_CATALOG_LINK_CHECK_ALLOW_PRIVATE",
                                                 PCIO_FETCH_ALLOW_PRIVATE)
PCIO_CATALOG_LINK_CHECK_CONCURRENCY = int(env("PCIO_CATALOG_LINK_CHECK_CONCURRENCY", "8"))
PCIO_CATALOG_LINK_CHECK_PER_HOST = int(env("PCIO_CATALOG_LINK_CHECK_PER_HOST", "2"))
every(PCIO_CATALOG_LINK_CHECK_HOURS * 3600,
      "catalog-link-check", "pcio.catalog.tasks.check_links_all")

# webwatch: beat dispatches due site scans (each site keeps its own interval) and reminders
PCIO_WEBWATCH_DISPATCH_MINUTES = int(env("PCIO_WEBWATCH_DISPATCH_MINUTES", "15"))
every(PCIO_WEBWATCH_DISPATCH_MINUTES * 60,
      "webwatch-due-scans", "pcio.webwatch.tasks.schedule_due_scans")
# webwatch: a scan still running past its deadline was left by a dead worker; the sweep marks
# it stopped. The deadline comes from the scan's caps (page budget, PCIO_FETCH_TIMEOUT,
# PCIO_WEBWATCH_PER_HOST) unless PCIO_WEBWATCH_SCAN_STALE_MINUTES is set (0 = derived).
PCIO_WEBWATCH_SCAN_STALE_MINUTES = int(env("PCIO_WEBWATCH_SCAN_STALE_MINUTES", "0"))
PCIO_WEBWATCH_SWEEP_MINUTES = int(env("PCIO_WEBWATCH_SWEEP_MINUTES", "15"))
every(PCIO_WEBWATCH_SWEEP_MINUTES * 60,
      "webwatch-stale-scans", "pcio.webwatch.tasks.sweep_stale_scans")
# webwatch: the scan task is stopped at the longest scan's deadline (the largest page budget
# at the caps above, or PCIO_WEBWATCH_SCAN_STALE_MINUTES), and with late acknowledgement a
# Redis broker hands a task not acknowledged within its visibility timeout (1 hour by
# default) to another worker: it is set above that time limit, or a long scan runs twice.
PCIO_WEBWATCH_SCAN_TIME_LIMIT = int(env("PCIO_WEBWATCH_SCAN_TIME_LIMIT", "0")) or math.ceil(
    PCIO_WEBWATCH_SCAN_STALE_MINUTES * 60 or scan_limits.scan_seconds(
        max(scan_limits.MAX_BUDGET, PCIO_WEBWATCH_MAX_PAGES), personas=len(scan_personas.PERSONAS),
        per_host=PCIO_WEBWATCH_PER_HOST, fetch_timeout=PCIO_FETCH_TIMEOUT))
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": int(env(
    "PCIO_CELERY_VISIBILITY_TIMEOUT", "0")) or PCIO_WEBWATCH_SCAN_TIME_LIMIT + 3600}
# webwatch: at most this many requests at once to one server address (many local
# administrations share one hosting server), counted across every worker and process; 0 = no
# limit. The count is kept (PCIO_WEBWATCH_SLOTS) in Redis ("redis": PCIO_REDIS_URL, which
# defaults to a Redis broker), the database ("database") or this process ("process"); "auto"
# picks Redis if there is one, else the database with another broker, else the process.
PCIO_WEBWATCH_MAX_PER_ADDRESS = int(env("PCIO_WEBWATCH_MAX_PER_ADDRESS", "2"))
PCIO_WEBWATCH_SLOTS = env("PCIO_WEBWATCH_SLOTS", "auto").strip().lower()
PCIO_REDIS_URL = env("PCIO_REDIS_URL") or (
    CELERY_BROKER_URL if CELERY_BROKER_URL.startswith(("redis://", "rediss://")) else "")

# accounts: login lockout (django-axes, kept in the database so every process sees it)
PCIO_LOGIN_FAILURES = int(env("PCIO_LOGIN_FAILURES", "5"))
PCIO_LOGIN_LOCKOUT_MINUTES = int(env("PCIO_LOGIN_LOCKOUT_MINUTES", "15"))
# Addresses or networks of the reverse proxies in front of pcio. Only a request from one of
# them has its X-Forwarded-For read; anyone else could write that header to dodge a lockout.
PCIO_TRUSTED_PROXIES = env_list("PCIO_TRUSTED_PROXIES")
AXES_FAILURE_LIMIT = PCIO_LOGIN_FAILURES
AXES_COOLOFF_TIME = timedelta(minutes=PCIO_LOGIN_LOCKOUT_MINUTES)
# One username from one address: a guesser elsewhere cannot lock a colleague out.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The cool-off runs from the last counted failure, so the page can say when it ends.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "pcio.accounts.lockout.client_ip"
AXES_LOCKOUT_CALLABLE = "pcio.accounts.lockout.locked_out"
AXES_DISABLE_ACCESS_LOG = True  # failures are what matter; the request log has every login
AXES_VERBOSE = False

# accounts: API tokens expire; `pcio token USERNAME --days N` overrides the lifetime
PCIO_TOKEN_DAYS = int(env("PCIO_TOKEN_DAYS", "365"))
