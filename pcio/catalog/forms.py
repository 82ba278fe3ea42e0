"""Forms built from the schema file, so the page shows exactly the GD Catalog fields."""

from django import forms
from django.utils.translation import gettext_lazy as _

from pcio.agencies.models import Agency
from pcio.catalog import schema
from pcio.catalog.models import Field, Group
from pcio.lib.forms import BuddhistYearField, Form, RowForm, ThaiDateField

FACET_FILTERS = ("organization", "groups", "data_type", "data_category", "res_format",
                 "license_id")


def _choices(spec, blank=True):
    labels = spec.get("choice_labels", {})
    options = [(c, labels.get(c, c)) for c in spec["choices"]]
    return [("", "—"), *options] if blank else options


def form_field(spec):
    kind, label = spec["kind"], spec["label"]
    required = spec["field_name"] in schema.mandatory()
    if kind == "multiselect":
        return forms.MultipleChoiceField(label=label, required=required,
                                         choices=_choices(spec, blank=False),
                                         widget=forms.CheckboxSelectMultiple)
    if "choices" in spec:
        return forms.ChoiceField(label=label, required=required, choices=_choices(spec))
    if kind == "license":
        options = [(i, lic["title_th"]) for i, lic in schema.licenses().items()]
        return forms.ChoiceField(label=label, required=required, choices=[("", "—"), *options])
    if kind == "textarea":
        return forms.CharField(label=label, required=required,
                               widget=forms.Textarea(attrs={"rows": 3}))
    if kind == "date":
        return ThaiDateField(label=label, required=required)
    if kind == "year":  # the GD Catalog's years are Buddhist-era (its labels say พ.ศ.)
        return BuddhistYearField(label=label, required=required)
    if kind == "integer":
        return forms.IntegerField(label=label, required=required)
    if kind in ("latitude", "longitude"):
        return forms.FloatField(label=label, required=required)
    if kind == "email":
        return forms.EmailField(label=label, required=required)
    help_text = "คั่นด้วยจุลภาค (,)" if kind == "tags" else ""
    return forms.CharField(label=label, required=required, help_text=help_text, max_length=2000)


class DatasetForm(Form):
    def __init__(self, *args, agencies=None, **kwargs):
        super().__init__(*args, **kwargs)
        for spec in schema.schema()["dataset_fields"]:
            if spec["kind"] == "organization":
                self.fields["owner_org"] = forms.ModelChoiceField(
                    label=spec["label"], queryset=agencies or Agency.objects.none(),
                    to_field_name="code")
            else:
                self.fields[spec["field_name"]] = form_field(spec)
            self.fields[spec["field_name"]].section = spec["section"]
            self.fields[spec["field_name"]].data_types = spec.get("data_types", [])
        self.fields["data_type"].required = True
        self.fields["groups"] = forms.ModelMultipleChoiceField(
            label="กลุ่มชุดข้อมูล", queryset=Group.objects.all(), to_field_name="name",
            required=False, widget=forms.CheckboxSelectMultiple)
        self.fields["private"] = forms.BooleanField(label="ส่วนตัว (ยังไม่เผยแพร่)",
                                                    required=False)

    def sections(self):
        names = schema.schema()["sections"]
        return [(key, title, [self[n] for n, f in self.fields.items()
                              if getattr(f, "section", "extra") == key])
                for key, title in names.items()]

    def extra(self):
        return [self["groups"], self["private"]]

    def metadata(self) -> dict:
        """The cleaned values as the flat GD Catalog dict, limited to the data type's fields."""
        data = self.cleaned_data
        allowed = set(schema.fields_for(data["data_type"]))
        out = {}
        for name in allowed:
            value = data.get(name)
            if name == "owner_org":
                value = value.code if value else ""
            elif hasattr(value, "isoformat"):
                value = value.isoformat()
            out[name] = "" if value is None else value
        out["groups"] = [g.name for g in data.get("groups") or []]
        out["private"] = data.get("private", False)
        return out


class ResourceForm(forms.Form):
    name = forms.CharField(label="ชื่อทรัพยากร", max_length=500, required=False)
    description = forms.CharField(label="คำอธิบาย", required=False,
                                  widget=forms.Textarea(attrs={"rows": 2}))
    upload = forms.FileField(label="แนบไฟล์ (CSV, XLSX, PDF ...)", required=False)
    url = forms.URLField(label="หรือใส่ลิงก์", required=False, max_length=1000,
                         assume_scheme="https")
    format = forms.CharField(label="รูปแบบไฟล์ (ถ้าไม่ระบุจะดูจากนามสกุลไฟล์)", required=False,
                             max_length=50)

    def clean(self):
        data = super().clean()
        if not data.get("upload") and not data.get("url"):
            raise forms.ValidationError("กรุณาแนบไฟล์หรือใส่ลิงก์อย่างใดอย่างหนึ่ง")
        return data


# edit_only: the fields come from the resource's file; a post whose management form says
# fewer initial forms would otherwise save its rows as new fields of no resource (a 500).
FieldFormSet = forms.modelformset_factory(
    Field, form=RowForm, extra=0, edit_only=True, widgets={"description": forms.TextInput()},
    fields=["label_th", "type", "unit", "description", "example", "personal"])


class ImportForm(forms.Form):
    file = forms.FileField(label=_("ไฟล์ XLSX หรือ CSV"))
