from django.urls import path

from pcio.compliance import views

urlpatterns = [
    path("", views.overview, name="compliance"),
    path("import/", views.import_view, name="compliance_import"),
    path("export/", views.export_view, name="compliance_export"),
    path("remind/", views.remind_everyone, name="compliance_remind_all"),
    path("cybersafe/", views.cybersafe, name="compliance_cybersafe"),
    path("letters/", views.letters, name="compliance_letters"),
    path("letters/new/", views.letter_new, name="compliance_letter_new"),
    path("letters/<int:pk>/edit/", views.letter_edit, name="compliance_letter_edit"),
    path("a/<str:code>/", views.agency_checklist, name="compliance_agency"),
    path("a/<str:code>/edit/", views.record_edit, name="compliance_record_edit"),
    path("a/<str:code>/channels/new/", views.channel_add, name="compliance_channel_add"),
    path("a/<str:code>/eoffice/", views.volume_add, name="compliance_volume_add"),
    path("a/<str:code>/check/", views.check_now, name="compliance_check"),
    path("a/<str:code>/remind/", views.remind, name="compliance_remind"),
    path("a/<str:code>/letter.<str:fmt>", views.reminder_letter,
         name="compliance_reminder_letter"),
    path("channels/<int:pk>/edit/", views.channel_edit, name="compliance_channel_edit"),
    path("channels/<int:pk>/delete/", views.channel_delete, name="compliance_channel_delete"),
]
